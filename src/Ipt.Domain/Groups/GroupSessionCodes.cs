namespace Ipt.Domain.Groups;

/// <summary>The codes of <see cref="GroupCourse.SymptomReviewFindings"/>. Codes are public API (<c>docs/errors.md</c>).</summary>
public static class GroupSessionCodes
{
    /// <summary>Advisory: an attending member's symptoms were not reviewed at a group session of a phase that asks for it (WHO Group IPT middle sessions).</summary>
    public const string SymptomReviewMissing = "group.symptom-review-missing";

    /// <summary>Advisory: whether an attending member's symptoms were reviewed was not recorded for a group session of a phase that asks for it.</summary>
    public const string SymptomReviewNotRecorded = "group.symptom-review-not-recorded";
}
