using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Ipt.Domain.Tests.Generators;

/// <summary>Free text a clinician might type (notes, person labels, role descriptions), each carrying a marker that
/// must never be printed. Derived from the default string generator, so failures shrink.</summary>
public static class PrivateTextGenerators
{
    /// <summary>The marker every generated text contains.</summary>
    public const string Marker = "PRIV8-";

    /// <summary>Texts: the marker plus arbitrary printable characters (no control characters, at most 40 long, so labels accept them).</summary>
    public static Gen<string> Text { get; } =
        ArbMap.Default.GeneratorFor<string>().Select(s => Marker + new string((s ?? string.Empty).Where(c => !char.IsControl(c) && !char.IsSurrogate(c)).Take(30).ToArray()));

    /// <summary>Five texts for one course: session note, discontinuation note, person label, inventory note, role description.</summary>
    public static Arbitrary<string[]> FiveTexts { get; } = Arb.From(
        Text.ArrayOf(5),
        xs => ArbMap.Default.ArbFor<string>().Shrinker(xs[0].Substring(Marker.Length)).Select(s => xs.Select((x, i) => i == 0 ? Marker + s : x).ToArray()));
}
