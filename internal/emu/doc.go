// Package emu is the plumbing shared by polycloud's in-process fake clouds,
// alibabatest and huaweitest. It knows nothing about either cloud's wire
// dialect: the provider packages decide routes, authentication and error
// shapes, and build on these pieces:
//
//   - [Exchange] and [Log]: one request in flight and the request log it
//     lands in. An entry is committed before the first byte of the answer
//     leaves, so a test that has its response can already see the entry.
//   - [Fault] and [Faults]: a per-operation queue of injected failures
//     (terminal faults answer instead of the operation, one at a time, in
//     the order they were injected) and modifiers (delays and pagination
//     quirks, which all apply together).
//   - [Listing]: one pagination engine for the four styles the clouds use
//     (PageNumber, NextToken, Marker, Offset), driven by a declarative spec
//     so listings can be registered from generated metadata.
//   - [ListingMeta] and [Synthetic]: that generated metadata (one
//     declaration per paginated operation of a spec, with a sample item,
//     emitted by polycloud-gen -emulator) and the store that serves it,
//     holding for each listing synthetic copies of its sample or the items
//     a test set. [DecodeValue] reads JSON into ordered [Object] values.
//   - [Router], [Object], [IDs], [WriteJSON], [WriteHTML], [HangUp]:
//     REST path matching, ordered JSON objects, deterministic identifiers
//     and response writers, including a connection that is closed without
//     an answer.
//
// Nothing here has package-level state: every emulator owns its own log,
// fault queue and ID generator, so any number of them run in parallel.
package emu
