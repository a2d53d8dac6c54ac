using System;
using System.Collections.Generic;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Courses;

/// <summary>
/// Value equality for the parts of a course record whose types compare lists or classes by reference (the inventory,
/// the formulation, scores). Records are compared with <c>with</c> copies that take over only the list-valued
/// properties, so a property added to such a record later is compared by the record's own equality without a change
/// here. <see cref="CourseSnapshot"/> uses it.
/// </summary>
internal static class RecordEquality
{
    public static bool Events(IReadOnlyList<CourseEvent> a, IReadOnlyList<CourseEvent> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Count; i++)
        {
            if (!Event(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Event(CourseEvent? a, CourseEvent? b) => a switch
    {
        null => b is null,
        InventoryCompleted x => b is InventoryCompleted y && x with { Inventory = y.Inventory } == y && Inventory(x.Inventory, y.Inventory),
        FormulationAgreed x => b is FormulationAgreed y && x with { Formulation = y.Formulation } == y && Formulation(x.Formulation, y.Formulation),
        _ => a.Equals(b),
    };

    public static bool Inventory(InterpersonalInventory? a, InterpersonalInventory? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return a.SymptomOnset == b.SymptomOnset && a.CompletedOn == b.CompletedOn &&
            Sequence(a.People, b.People, Person) && Sequence(a.Events, b.Events, static (x, y) => x == y);
    }

    public static bool Person(InventoryPerson a, InventoryPerson b) =>
        a with { Satisfying = b.Satisfying, Unsatisfying = b.Unsatisfying } == b &&
        Sequence(a.Satisfying, b.Satisfying, static (x, y) => x == y) && Sequence(a.Unsatisfying, b.Unsatisfying, static (x, y) => x == y);

    public static bool Formulation(InterpersonalFormulation? a, InterpersonalFormulation? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return a.Target == b.Target && a.AgreedOn == b.AgreedOn && Sequence(a.Foci, b.Foci, Focus);
    }

    public static bool Focus(FormulationFocus a, FormulationFocus b) =>
        a.Area == b.Area && (a.Detail, b.Detail) switch
        {
            (RoleDisputeFocus x, RoleDisputeFocus y) => x with { NonReciprocalExpectations = y.NonReciprocalExpectations } == y &&
                Sequence(x.NonReciprocalExpectations, y.NonReciprocalExpectations, static (p, q) => Equals(p, q)),
            var (x, y) => x == y,
        };

    public static bool Measure(CourseMeasure a, CourseMeasure b) => a with { Score = b.Score } == b && Score(a.Score, b.Score);

    public static bool Score(InstrumentScore a, InstrumentScore b) =>
        string.Equals(a.InstrumentCode, b.InstrumentCode, StringComparison.Ordinal) && a.Total == b.Total &&
        a.Items.AsSpan().SequenceEqual(b.Items.AsSpan()) && a.SafetyFlag == b.SafetyFlag && a.Severity == b.Severity;

    public static bool Week(CourseSocialRhythmWeek a, CourseSocialRhythmWeek b) =>
        a with { Score = b.Score } == b &&
        a.Score.Score == b.Score.Score && string.Equals(a.Score.NoScoreReasonCode, b.Score.NoScoreReasonCode, StringComparison.Ordinal) &&
        a.Score.QualifyingActivityCount == b.Score.QualifyingActivityCount && a.Score.QualifyingHits == b.Score.QualifyingHits &&
        a.Score.ActivityLevelIndex == b.Score.ActivityLevelIndex && a.Score.Options == b.Score.Options &&
        a.Score.Activities.AsSpan().SequenceEqual(b.Score.Activities.AsSpan());

    public static bool Concern(SafetyConcern a, SafetyConcern b) =>
        a with { Actions = b.Actions } == b && Sequence(a.Actions, b.Actions, static (x, y) => x == y);

    public static bool Sequence<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, T, bool> equal)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Count; i++)
        {
            if (!equal(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
