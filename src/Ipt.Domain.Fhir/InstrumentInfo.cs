using System.Collections.Immutable;
using System.Linq;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Fhir;

/// <summary>An instrument of the core: its descriptor and primary severity bands.</summary>
/// <param name="Descriptor">The descriptor.</param>
/// <param name="Bands">The primary band set, or null when the instrument has none.</param>
public sealed record InstrumentInfo(InstrumentDescriptor Descriptor, SeverityBandSet? Bands);
