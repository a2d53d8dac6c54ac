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
