
namespace Ipt.Domain.Protocols;

/// <summary>How sessions are delivered. Stored code in brackets.</summary>
public enum TherapyFormat
{
    /// <summary>One client with one therapist (<c>individual</c>).</summary>
    Individual = 0,

    /// <summary>A group of clients with one or two facilitators (<c>group</c>).</summary>
    Group = 1,

    /// <summary>The client with a partner or spouse (<c>conjoint</c>).</summary>
    Conjoint = 2,

    /// <summary>A child or adolescent with a parent (<c>dyadic</c>).</summary>
    Dyadic = 3,
}
