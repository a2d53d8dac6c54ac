using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Protocols;

/// <summary>
/// Rules that only some protocols have (a conjoint session needs the partner present; a group member needs a
/// pre-group session). An adaptation derives from this class and overrides what truly differs; the course asks
/// its protocol's rules at the matching points, so no code outside an adaptation's file branches on the variant.
/// Implementations must be stateless and thread-safe.
/// </summary>
public class ProtocolRules
{
    /// <summary>Rules that add nothing to the protocol's data.</summary>
    public static ProtocolRules None { get; } = new();

    /// <summary>The ages (whole years, inclusive) the protocol is for, or null when its population has no age bound.
    /// When set, an age recorded at the start of a course (<c>course-started.ageAtStart</c>) must lie within it.</summary>
    public virtual AgeRange? AgesAtStart => null;

    /// <summary>Whether a course on this protocol must record the client's age at start
    /// (<c>course.age-at-start-required</c> otherwise, live and on replay). False unless a protocol needs it.</summary>
    public virtual bool RequiresAgeAtStart => false;

    /// <summary>The sick role the initial phase assigns (INIT-04): <see cref="SickRoles.Standard"/> unless the
    /// adaptation defines its own (IPT-A: <see cref="SickRoles.LimitedAdolescent"/> [S40]).</summary>
    public virtual SickRole SickRole => SickRoles.Standard;

    /// <summary>Checks the client's age at the start of a course against <see cref="AgesAtStart"/>.</summary>
    /// <param name="ageYears">Age in whole years on the start date.</param>
    /// <returns>Null when the protocol sets no bound or the age lies within it, otherwise
    /// <c>course.age-at-start-outside-protocol</c> (an adaptation may return its own code).</returns>
    public virtual DomainError? CheckAgeAtStart(int ageYears) =>
        AgesAtStart is { } range && !range.Contains(ageYears)
            ? CourseStartErrors.AgeOutside(range)
            : null;

    /// <summary>Checks a session before it is recorded.</summary>
    /// <param name="proposal">The session.</param>
    /// <returns>Null when the session may be recorded, otherwise the rule it breaks.</returns>
    public virtual DomainError? CheckSession(in SessionProposal proposal) => null;
}
