using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>One advisory about a member at a group session (see <see cref="GroupCourse.SymptomReviewFindings"/>).</summary>
/// <param name="Code">A <see cref="GroupSessionCodes"/> code.</param>
/// <param name="SessionNumber">The group session, 1-based.</param>
/// <param name="Client">The member it concerns.</param>
/// <param name="Message">Plain message; names no person.</param>
public sealed record GroupSessionFinding(string Code, int SessionNumber, ClientRef Client, string Message);
