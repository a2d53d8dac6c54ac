namespace Ipt.Domain.Primitives;

/// <summary>
/// Who, besides the client, took part in a session. Conjoint and adolescent adaptations use this
/// (a partner in couple sessions, a parent in IPT-A). Stored as a list of codes.
/// </summary>
[System.Flags]
public enum SessionParticipants
{
    /// <summary>The client alone (<c>client-only</c>).</summary>
    ClientOnly = 0,

    /// <summary>The client's partner or spouse (<c>partner</c>).</summary>
    Partner = 1,

    /// <summary>A parent or caregiver (<c>parent-or-caregiver</c>).</summary>
    ParentOrCaregiver = 2,

    /// <summary>Another significant person (<c>other-significant-person</c>).</summary>
    OtherSignificantPerson = 4,
}
