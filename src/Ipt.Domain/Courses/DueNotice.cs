using Ipt.Domain.Phases;

namespace Ipt.Domain.Courses;

/// <summary>Something the protocol says is due now, e.g. "the ending should be raised now: 3 sessions remain".
/// Advisory: nothing moves until the clinician acts.</summary>
/// <param name="Code">Stable code (see <see cref="DueCodes"/>).</param>
/// <param name="Message">Plain explanation.</param>
/// <param name="Trigger">The trigger that would act on it, if any.</param>
/// <param name="Task">The task it concerns, if any.</param>
public sealed record DueNotice(string Code, string Message, CourseTrigger? Trigger = null, TherapyTask? Task = null);
