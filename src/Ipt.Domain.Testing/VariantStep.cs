using System;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Testing;

/// <summary>One step of a variant script: a base <see cref="Intent"/>, or a session with chosen participants.</summary>
public abstract record VariantStep
{
    private VariantStep()
    {
    }

    /// <summary>Runs the step on the course; returns the command's result as (accepted, error).</summary>
    /// <param name="course">The course.</param>
    /// <param name="today">The current date; a session step moves it on.</param>
    public abstract (bool Accepted, DomainError? Error) Run(TreatmentCourse course, ref DateOnly today);

    /// <summary>A base intent from <see cref="IntentGenerators.Intent"/>.</summary>
    public sealed record Base(Intent Intent) : VariantStep
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) => Intent.Run(course, ref today);

        /// <inheritdoc />
        public override string ToString() => Intent.ToString();
    }

    /// <summary>A session after <paramref name="GapDays"/> days. <paramref name="ParticipantRoll"/> 0–6 brings whoever
    /// the protocol's format needs (the partner in a conjoint format), 7 the partner, 8 a parent, 9 nobody.</summary>
    public sealed record Session(int GapDays, int AttendanceRoll, int ParticipantRoll) : VariantStep
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            today = today.AddDays(GapDays);
            Attendance attendance = AttendanceRoll switch { 8 => Attendance.NoShow, 9 => Attendance.Cancelled, _ => Attendance.Attended };
            SessionParticipants who = ParticipantRoll switch
            {
                7 => SessionParticipants.Partner,
                8 => SessionParticipants.ParentOrCaregiver,
                9 => SessionParticipants.ClientOnly,
                _ => course.Protocol.Format == TherapyFormat.Conjoint ? SessionParticipants.Partner : SessionParticipants.ClientOnly,
            };
            Result<Ipt.Domain.Courses.Events.SessionRecorded> r = course.RecordSession(today, attendance, participants: who);
            return (r.IsSuccess, r.Error);
        }
    }
}
