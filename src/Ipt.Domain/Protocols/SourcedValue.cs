using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

/// <summary>Where a protocol value comes from: the setting, its value, the brief's source tags and how firm it is.</summary>
/// <param name="Setting">Name of the setting, e.g. "phase ranges".</param>
/// <param name="Value">The value as text, e.g. "1–3 / 4–13 / 14–16".</param>
/// <param name="Sources">Source tags of the brief, e.g. "[S06][S52]; C02".</param>
/// <param name="Status">How firmly the value is supported.</param>
public sealed record SourcedValue(string Setting, string Value, string Sources, EvidenceStatus Status);
