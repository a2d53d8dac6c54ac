using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Tests.Serialization;

namespace Ipt.Domain.Tests.Courses;

/// <summary>The snapshot covers everything the history holds: changing any one stored value deep inside an event (an
/// inventory person's support, a formulation's covert flag, a measure answer, a diary day, a safety action, a goal
/// rating, a command id, an entry date, a correction's reason) gives a course whose snapshot differs.</summary>
public class SnapshotCompletenessTests
{
    private static readonly TreatmentCourse Rich = RichHistory.Completed();

    private static int Index<T>(Func<T, bool>? where = null)
        where T : CourseEvent =>
        Rich.History.ToList().FindIndex(e => e is T t && (where is null || where(t)));

    private static CourseEvent Changed(int index)
    {
        CourseEvent e = Rich.History[index];
        return e switch
        {
            InventoryCompleted i => i with
            {
                Inventory = new InterpersonalInventory(i.Inventory.SymptomOnset, [i.Inventory.People[0] with { Support = SupportLevel.High }, .. i.Inventory.People.Skip(1)], i.Inventory.Events),
            },
            FormulationAgreed f => f with
            {
                Formulation = new InterpersonalFormulation(
                    f.Formulation.Target,
                    [new FormulationFocus(ProblemArea.RoleDispute, ((RoleDisputeFocus)f.Formulation.Foci[0].Detail) with { NonReciprocalExpectations = [PrivateNote.From("money")] })],
                    f.Formulation.AgreedOn),
            },
            SessionWorkRecorded w => w with { Goals = [w.Goals[0] with { Progress = GoalProgress.Achieved }] },
            SocialRhythmWeekRecorded s => s with { Days = s.Days.SetItem(0, s.Days[0] with { Dinner = new TimeOnly(19, 0) }) },
            SafetyActionRecorded a => a with { Action = SafetyAction.Referral },
            EntryCorrected c => c with { Reason = CorrectionReason.Other },
            _ => throw new InvalidOperationException(),
        };
    }

    public static TheoryData<string> Edits() =>
    [
        "inventory", "formulation", "session-work", "srm-day", "safety-action", "correction", "measure-answer", "command-id",
        "person-aspect", "life-event", "covert",
    ];

    [Theory]
    [MemberData(nameof(Edits))]
    public void Changing_one_stored_value_changes_the_snapshot(string edit)
    {
        var history = Rich.History.ToList();
        int measure = Index<MeasureRecorded>(m => m.EnteredOn is not null && m.InstrumentCode == "gad-7");
        int inventory = Index<InventoryCompleted>();
        int formulation = Index<FormulationAgreed>();
        switch (edit)
        {
            case "inventory": history[inventory] = Changed(inventory); break;
            case "formulation": history[formulation] = Changed(formulation); break;
            case "session-work": history[Index<SessionWorkRecorded>()] = Changed(Index<SessionWorkRecorded>()); break;
            case "srm-day": history[Index<SocialRhythmWeekRecorded>()] = Changed(Index<SocialRhythmWeekRecorded>()); break;
            case "safety-action": history[Index<SafetyActionRecorded>()] = Changed(Index<SafetyActionRecorded>()); break;
            case "correction": history[Index<EntryCorrected>()] = Changed(Index<EntryCorrected>()); break;
            case "measure-answer": history[measure] = ((MeasureRecorded)history[measure]) with { Answers = [2, 1, 1, 1, 1, 1, 1] }; break;
            case "command-id": history[measure] = history[measure] with { CommandId = "entry-1" }; break;
            case "person-aspect":
                var i = (InventoryCompleted)history[inventory];
                history[inventory] = i with
                {
                    Inventory = new InterpersonalInventory(i.Inventory.SymptomOnset, [i.Inventory.People[0] with { Satisfying = [RelationshipAspect.Intimacy] }, .. i.Inventory.People.Skip(1)], i.Inventory.Events),
                };
                break;
            case "life-event":
                var l = (InventoryCompleted)history[inventory];
                history[inventory] = l with
                {
                    Inventory = new InterpersonalInventory(l.Inventory.SymptomOnset, l.Inventory.People, [l.Inventory.Events[0] with { Note = PrivateNote.From("other") }, .. l.Inventory.Events.Skip(1)]),
                };
                break;
            case "covert":
                var f = (FormulationAgreed)history[formulation];
                history[formulation] = f with
                {
                    Formulation = new InterpersonalFormulation(f.Formulation.Target, [new FormulationFocus(ProblemArea.RoleDispute, ((RoleDisputeFocus)f.Formulation.Foci[0].Detail) with { IsCovert = false })], f.Formulation.AgreedOn),
                };
                break;
        }

        Result<TreatmentCourse> changed = TreatmentCourse.FromHistory(history, Rich.Protocol);
        Assert.True(changed.IsSuccess, edit + ": " + changed);
        Assert.NotEqual(Rich.ToSnapshot(), changed.Value.ToSnapshot());
        Assert.Equal(Rich.ToSnapshot(), TreatmentCourse.FromHistory(Rich.History.ToList(), Rich.Protocol).Value.ToSnapshot());
    }

    // The value comparison copies only list-valued properties of these records from one side to the other and lets the
    // record compare the rest; a new list-valued property (or any new property of the classes) must be compared too.
    [Fact]
    public void Every_list_valued_property_of_the_stored_records_is_compared_element_by_element()
    {
        var handled = new Dictionary<Type, string[]>
        {
            [typeof(InventoryPerson)] = ["Satisfying", "Unsatisfying"],
            [typeof(LifeEvent)] = [],
            [typeof(FormulationFocus)] = [],
            [typeof(RoleDisputeFocus)] = ["NonReciprocalExpectations"],
            [typeof(GriefFocus)] = [],
            [typeof(RoleTransitionFocus)] = [],
            [typeof(InterpersonalDeficitsFocus)] = [],
            [typeof(LostHealthySelfFocus)] = [],
            [typeof(SingleParentFamilyFocus)] = [],
            [typeof(InterpersonalAffectiveFocusDetail)] = [],
            [typeof(SafetyConcern)] = ["Actions"],
            [typeof(SafetyActionTaken)] = [],
            [typeof(CourseMeasure)] = [],
            [typeof(CourseSocialRhythmWeek)] = [],
        };
        foreach ((Type type, string[] lists) in handled)
        {
            string[] found = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType))
                .Select(p => p.Name).Order(StringComparer.Ordinal)];
            Assert.True(found.SequenceEqual(lists.Order(StringComparer.Ordinal)), type.Name + " has list-valued properties " + string.Join(", ", found) + ": compare them in RecordEquality");
        }

        Assert.Equal(["CompletedOn", "Events", "IsComplete", "People", "SymptomOnset", "Timeline"], typeof(InterpersonalInventory).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["AgreedOn", "Foci", "Target"], typeof(InterpersonalFormulation).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["Activities", "ActivityLevelIndex", "NoScoreReasonCode", "Options", "QualifyingActivityCount", "QualifyingHits", "Score"],
            typeof(SocialRhythmScore).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
