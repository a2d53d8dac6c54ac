using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Research.Statistics;

namespace Ipt.Domain.Research.Protocols;

/// <summary>What differs between two protocol definitions: identity, format, cadence, session counts, phases (by kind:
/// range, required tasks, optional), early tasks, measurement schedules, rules, and each formulation and inventory
/// setting (focus areas allowed and at most, inventory first, single focus, deficits as the last resort, the
/// near-onset window, non-death grief, rings and people).</summary>
/// <param name="Left">Id of the first protocol.</param>
/// <param name="Right">Id of the second.</param>
/// <param name="Differences">The differences, in a fixed order.</param>
public sealed record ProtocolDiff(string Left, string Right, EquatableArray<ProtocolDifference> Differences)
{
    /// <summary>True when nothing but the id differs.</summary>
    public bool IsEmpty => Differences.All(d => d.Path == "id");

    /// <summary>Compares two definitions.</summary>
    /// <param name="left">First.</param>
    /// <param name="right">Second.</param>
    /// <returns>The diff.</returns>
    public static ProtocolDiff Between(ProtocolDefinition left, ProtocolDefinition right)
    {
        Guard.Against.Null(left);
        Guard.Against.Null(right);
        var d = new List<ProtocolDifference>();
        CultureInfo c = CultureInfo.InvariantCulture;
        void Add(string path, string? a, string? b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                d.Add(new ProtocolDifference(path, a, b));
            }
        }

        string N(int v) => v.ToString(c);
        Add("id", left.Id, right.Id);
        Add("name", left.Name, right.Name);
        Add("abbreviation", left.Abbreviation, right.Abbreviation);
        Add("family", Codes.Of(left.Family), Codes.Of(right.Family));
        Add("format", Codes.Of(left.Format), Codes.Of(right.Format));
        Add("cadence", Codes.Of(left.Cadence), Codes.Of(right.Cadence));
        Add("session-minutes", N(left.MinSessionMinutes) + "-" + N(left.MaxSessionMinutes), N(right.MinSessionMinutes) + "-" + N(right.MaxSessionMinutes));
        Add("sessions.planned", N(left.Sessions.Planned), N(right.Sessions.Planned));
        Add("sessions.minimum", N(left.Sessions.Minimum), N(right.Sessions.Minimum));
        Add("sessions.maximum", N(left.Sessions.Maximum), N(right.Sessions.Maximum));
        Add("sessions.hard-cap", N(left.Sessions.HardCap), N(right.Sessions.HardCap));
        Add("termination-notice-sessions", N(left.TerminationNoticeSessions), N(right.TerminationNoticeSessions));
        Add("calendar-span-weeks", left.CalendarSpanWeeks?.ToString(c), right.CalendarSpanWeeks?.ToString(c));

        var phases = left.Phases.Select(p => p.Kind).Concat(right.Phases.Select(p => p.Kind)).Distinct().ToList();
        Add("phases", string.Join(" > ", left.Phases.Select(p => Codes.Of(p.Kind))), string.Join(" > ", right.Phases.Select(p => Codes.Of(p.Kind))));
        foreach (PhaseKind kind in phases)
        {
            PhaseDefinition? a = left.Phases.FirstOrDefault(p => p.Kind == kind);
            PhaseDefinition? b = right.Phases.FirstOrDefault(p => p.Kind == kind);
            string at = "phases[" + Codes.Of(kind) + "]";
            if (a is null || b is null)
            {
                Add(at, a is null ? null : "present", b is null ? null : "present");
                continue;
            }

            Add(at + ".range", a.Sessions.ToString(), b.Sessions.ToString());
            Add(at + ".required-tasks", Tasks(a.RequiredTasks), Tasks(b.RequiredTasks));
            Add(at + ".optional", B(a.IsOptional), B(b.IsOptional));
        }

        Add("early-tasks", Early(left), Early(right));
        var schedules = left.MeasurementSchedules.Select(s => s.Id).Concat(right.MeasurementSchedules.Select(s => s.Id)).Distinct(StringComparer.Ordinal);
        foreach (string id in schedules)
        {
            Add("schedules[" + id + "]", Schedule(left.MeasurementSchedules.FirstOrDefault(s => s.Id == id)), Schedule(right.MeasurementSchedules.FirstOrDefault(s => s.Id == id)));
        }

        Add("rules", left.Rules.GetType().Name, right.Rules.GetType().Name);
        FormulationRules fa = left.Formulation, fb = right.Formulation;
        Add("formulation.max-focus-areas", N(fa.MaxFocusAreas), N(fb.MaxFocusAreas));
        Add("formulation.allowed-areas", string.Join(", ", fa.AllowedAreas.Select(Codes.Of)), string.Join(", ", fb.AllowedAreas.Select(Codes.Of)));
        Add("formulation.requires-inventory", B(fa.RequiresInventory), B(fb.RequiresInventory));
        Add("formulation.prefer-single-focus", B(fa.PreferSingleFocus), B(fb.PreferSingleFocus));
        Add("formulation.deficits-only-when-no-other-area-fits", B(fa.DeficitsOnlyWhenNoOtherAreaFits), B(fb.DeficitsOnlyWhenNoOtherAreaFits));
        Add("formulation.near-onset-days", N(fa.NearOnsetDaysBefore) + " before, " + N(fa.NearOnsetDaysAfter) + " after", N(fb.NearOnsetDaysBefore) + " before, " + N(fb.NearOnsetDaysAfter) + " after");
        Add("formulation.allow-non-death-grief", B(fa.AllowNonDeathGrief), B(fb.AllowNonDeathGrief));
        Add("inventory.ring-count", N(left.Inventory.RingCount), N(right.Inventory.RingCount));
        Add("inventory.minimum-people", N(left.Inventory.MinimumPeople), N(right.Inventory.MinimumPeople));
        return new ProtocolDiff(left.Id, right.Id, new EquatableArray<ProtocolDifference>(d));
    }

    /// <summary>The diff as text: one line per difference, <c>path: left -> right</c> (a dash for none).</summary>
    public string Describe()
    {
        var b = new StringBuilder();
        b.Append("protocol diff ").Append(Left).Append(" -> ").Append(Right).AppendLine();
        foreach (ProtocolDifference d in Differences)
        {
            b.Append("  ").Append(d.Path).Append(": ").Append(d.Left ?? "-").Append(" -> ").Append(d.Right ?? "-").AppendLine();
        }

        if (Differences.Count == 0)
        {
            b.AppendLine("  (no differences)");
        }

        return b.ToString();
    }

    private static string B(bool value) => value ? "true" : "false";

    private static string Tasks(TaskSet tasks) => string.Join(", ", tasks.ToList().Select(Codes.Of));

    private static string Early(ProtocolDefinition p) =>
        string.Join(", ", p.EarlyTasks.OrderBy(kv => kv.Key).Select(kv => Codes.Of(kv.Key) + " in " + Codes.Of(kv.Value)));

    private static string? Schedule(MeasurementSchedule? s) => s is null ? null
        : string.Join("+", s.InstrumentCodes) + " " + Codes.Of(s.Cadence) + (s.IntervalSessions > 1 ? " every " + s.IntervalSessions.ToString(CultureInfo.InvariantCulture) : string.Empty) + (s.IncludesFinalSession ? " and final" : string.Empty);
}
