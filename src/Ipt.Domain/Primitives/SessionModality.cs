namespace Ipt.Domain.Primitives;

/// <summary>How a session was delivered. Stored code in brackets.</summary>
public enum SessionModality
{
    /// <summary>Face to face (<c>in-person</c>).</summary>
    InPerson = 0,

    /// <summary>By video or telephone (<c>remote</c>).</summary>
    Remote = 1,
}
