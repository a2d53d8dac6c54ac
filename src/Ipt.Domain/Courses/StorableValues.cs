using System;
using System.Collections.Generic;
using System.Globalization;
using Ipt.Domain.Formulation;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Courses;

/// <summary>
/// What a history can hold: a nested value of an event (an inventory, a formulation, session work) is storable when it
/// has every value its stored form requires, none null where the form has no null, and only defined enum values —
/// exactly what the strict history reader requires. A command whose value fails this is refused with
/// <c>course.value-not-storable</c> naming the value's path, so no accepted history fails to read back.
/// </summary>
internal static class StorableValues
{
    public static DomainError? Check(InterpersonalInventory inventory)
    {
        string? path = Inventory(inventory);
        return path is null ? null : Error("inventory", path);
    }

    public static DomainError? Check(InterpersonalFormulation formulation)
    {
        string? path = Formulation(formulation);
        return path is null ? null : Error("formulation", path);
    }

    public static DomainError? CheckGoals(IReadOnlyList<GoalRating> goals)
    {
        for (int i = 0; i < goals.Count; i++)
        {
            if (goals[i] is not { } g || string.IsNullOrEmpty(g.GoalCode) || !Enum.IsDefined(g.Progress))
            {
                return Error("session work", "goals" + At(i));
            }
        }

        return null;
    }

    private static DomainError Error(string what, string path) =>
        new(CourseErrors.ValueNotStorable, "The " + what + " cannot be stored and read back: " + path + " is missing or undefined.");

    private static string At(int i) => "[" + i.ToString(CultureInfo.InvariantCulture) + "]";

    private static string? Inventory(InterpersonalInventory inventory)
    {
        for (int i = 0; i < inventory.People.Count; i++)
        {
            InventoryPerson? p = inventory.People[i];
            string? field = p is null ? string.Empty
                : p.Label is null ? ".label"
                : p.Id.Value <= 0 ? ".id"
                : p.Ring.Value <= 0 ? ".ring"
                : !Enum.IsDefined(p.Kind) ? ".kind"
                : !Enum.IsDefined(p.Support) ? ".support"
                : !Enum.IsDefined(p.Conflict) ? ".conflict"
                : !Enum.IsDefined(p.Expectations) ? ".expectations"
                : !Enum.IsDefined(p.ChangeAroundOnset) ? ".changeAroundOnset"
                : !AllDefined(p.Satisfying) ? ".satisfying"
                : !AllDefined(p.Unsatisfying) ? ".unsatisfying"
                : p.Communication is { } c && !Enum.IsDefined(c) ? ".communication"
                : p.Assertion is { } a1 && !Enum.IsDefined(a1) ? ".assertion"
                : p.Confrontation is { } a2 && !Enum.IsDefined(a2) ? ".confrontation"
                : p.AngerExpression is { } a3 && !Enum.IsDefined(a3) ? ".angerExpression"
                : p.SocialRiskTaking is { } a4 && !Enum.IsDefined(a4) ? ".socialRiskTaking"
                : p.DifficultiesAndEpisode is { } l && !Enum.IsDefined(l) ? ".difficultiesAndEpisode"
                : null;
            if (field is not null)
            {
                return "people" + At(i) + field;
            }
        }

        for (int i = 0; i < inventory.Events.Count; i++)
        {
            LifeEvent? e = inventory.Events[i];
            if (e is null || !Enum.IsDefined(e.Kind) || e.Person is { Value: <= 0 })
            {
                return "events" + At(i);
            }
        }

        return null;
    }

    private static string? Formulation(InterpersonalFormulation formulation)
    {
        if (!Enum.IsDefined(formulation.Target))
        {
            return "target";
        }

        for (int i = 0; i < formulation.Foci.Count; i++)
        {
            FormulationFocus? f = formulation.Foci[i];
            if (f is null || !Enum.IsDefined(f.Area))
            {
                return "foci" + At(i);
            }

            string? field = f.Detail switch
            {
                null => string.Empty,
                GriefFocus g => !Enum.IsDefined(g.Deceased) || !Enum.IsDefined(g.Type) || !Enum.IsDefined(g.Loss) || g.DeceasedPerson is { Value: <= 0 } ? string.Empty : null,
                RoleDisputeFocus d => !Enum.IsDefined(d.OtherParty) || !Enum.IsDefined(d.Stage) || d.OtherPartyPerson is { Value: <= 0 } ? string.Empty
                    : d.NonReciprocalExpectations is null || HasNull(d.NonReciprocalExpectations) ? ".nonReciprocalExpectations" : null,
                RoleTransitionFocus t => t.OldRole is null ? ".oldRole" : t.NewRole is null ? ".newRole" : !Enum.IsDefined(t.Domain) ? ".domain" : null,
                InterpersonalDeficitsFocus d => !Enum.IsDefined(d.PriorFunctioning) ? ".priorFunctioning" : null,
                SingleParentFamilyFocus s => !Enum.IsDefined(s.ResidentParent) ? ".residentParent" : null,
                InterpersonalAffectiveFocusDetail a => a.InterpersonalPattern is null ? ".interpersonalPattern" : a.Affect is null ? ".affect" : null,
                _ => null,
            };
            if (field is not null)
            {
                return "foci" + At(i) + ".detail" + field;
            }
        }

        return null;
    }

    private static bool HasNull(IReadOnlyList<PrivateNote> notes)
    {
        // Indexed, not foreach: the list is an interface, whose enumerator would be allocated.
        for (int i = 0; i < notes.Count; i++)
        {
            if (notes[i] is null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllDefined(IReadOnlyList<RelationshipAspect>? aspects)
    {
        if (aspects is null)
        {
            return false;
        }

        for (int i = 0; i < aspects.Count; i++)
        {
            if (!Enum.IsDefined(aspects[i]))
            {
                return false;
            }
        }

        return true;
    }
}
