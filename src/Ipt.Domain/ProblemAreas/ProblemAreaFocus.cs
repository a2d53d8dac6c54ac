using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// The area-specific detail a focus carries. A closed hierarchy: the cases are the sealed records below, and
/// no type outside this library can add one. Free text is held only in redacting types
/// (<see cref="PrivateNote"/>, <see cref="PersonLabel"/>), so the printed form of a focus never shows it.
/// </summary>
[System.Text.Json.Serialization.JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = System.Text.Json.Serialization.JsonUnknownDerivedTypeHandling.FailSerialization)]
[System.Text.Json.Serialization.JsonDerivedType(typeof(GriefFocus), "grief")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(RoleDisputeFocus), "role-dispute")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(RoleTransitionFocus), "role-transition")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(InterpersonalDeficitsFocus), "interpersonal-deficits")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(LostHealthySelfFocus), "grief-for-lost-healthy-self")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(SingleParentFamilyFocus), "single-parent-family")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(InterpersonalAffectiveFocusDetail), "interpersonal-affective-focus")]
public abstract record ProblemAreaFocus
{
    private protected ProblemAreaFocus()
    {
    }

    /// <summary>The area this detail belongs to.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public abstract ProblemArea Area { get; }

    /// <summary>The inventory person this focus concerns, when it concerns one; checked against the inventory.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public virtual PersonId? Person => null;
}
