namespace Ipt.Domain.Primitives;

/// <summary>Whether the client came to a scheduled session. Stored code in brackets.</summary>
public enum Attendance
{
    /// <summary>The session took place with the client present (<c>attended</c>).</summary>
    Attended = 0,

    /// <summary>The client did not come and did not cancel (<c>no-show</c>).</summary>
    NoShow = 1,

    /// <summary>The session was cancelled in advance by either side (<c>cancelled</c>).</summary>
    Cancelled = 2,
}

/// <summary>How a session was delivered. Stored code in brackets.</summary>
public enum SessionModality
{
    /// <summary>Face to face (<c>in-person</c>).</summary>
    InPerson = 0,

    /// <summary>By video or telephone (<c>remote</c>).</summary>
    Remote = 1,
}

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
