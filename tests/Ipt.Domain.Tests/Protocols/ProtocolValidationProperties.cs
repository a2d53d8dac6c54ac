using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Tests.Generators;
using Ipt.Domain.Tests.Properties;

namespace Ipt.Domain.Tests.Protocols;

/// <summary>Protocol validation accepts exactly the well-formed definitions, judged by an oracle written here from the
/// rules of a protocol definition (not from the builder's code).</summary>
public class ProtocolValidationProperties
{
    /// <summary>Null when the definition is well-formed, else the first rule it breaks.</summary>
    internal static string? Oracle(ProtocolSpec spec)
    {
        if (!Regex.IsMatch(spec.Id, "^[a-z0-9]+(-[a-z0-9]+)*$") || spec.Id.Length < 2 || spec.Id.Length > 40)
        {
            return "id";
        }

        IReadOnlyList<PhaseSpec> phases = spec.Phases;
        if (phases.Count == 0)
        {
            return "no phases";
        }

        if (phases.Select(p => p.Kind).Distinct().Count() != phases.Count)
        {
            return "a phase kind twice";
        }

        var counted = phases.Select((p, i) => (p, i)).Where(x => x.p.Range == SessionRangeKind.Counted).ToList();
        if (counted.Count == 0)
        {
            return "nothing counts toward the contract";
        }

        if (phases.Select((p, i) => (p, i)).Any(x => x.p.Range == SessionRangeKind.PreTreatment && x.i > counted[0].i))
        {
            return "pre-treatment after treatment began";
        }

        if (phases.Take(phases.Count - 1).Any(p => p.Range == SessionRangeKind.OpenEnded))
        {
            return "open-ended phase not last";
        }

        if (counted.Any(x => x.p.Optional))
        {
            return "an optional counted phase";
        }

        // Counted ranges tile 1..planned without gap or overlap.
        int expectedFirst = 1;
        foreach ((PhaseSpec p, int _) in counted)
        {
            if (p.First != expectedFirst)
            {
                return "ranges do not tile from 1";
            }

            expectedFirst = p.Last + 1;
        }

        int lastSession = counted[^1].p.Last;
        (int planned, int minimum, int maximum, int cap) = spec.Sessions ?? (lastSession, lastSession, lastSession, lastSession);
        if (!(1 <= minimum && minimum <= planned && planned <= maximum && maximum <= cap))
        {
            return "session counts out of order";
        }

        if (lastSession != planned)
        {
            return "ranges do not end at the planned count";
        }

        // A shorter contract is absorbed by the phase before the last counted one when the two are adjacent, else by the last.
        int lastIndex = counted[^1].i;
        PhaseSpec absorbing = lastIndex > 0 && phases[lastIndex - 1].Range == SessionRangeKind.Counted ? phases[lastIndex - 1] : phases[lastIndex];
        if ((absorbing.Last - absorbing.First + 1) - (planned - minimum) < 1)
        {
            return "too short to absorb the minimum contract";
        }

        if (spec.Notice < 0 || spec.Notice > planned)
        {
            return "termination notice out of range";
        }

        var all = phases.SelectMany(p => p.Tasks.Distinct()).ToList();
        if (all.Count != all.Distinct().Count())
        {
            return "a task required twice";
        }

        bool requires(TherapyTask t) => all.Contains(t);
        if (requires(TherapyTask.FormulationAgreed) && !requires(TherapyTask.InterpersonalInventory))
        {
            return "formulation without inventory";
        }

        if (spec.Early is { } early)
        {
            int owner = phases.ToList().FindIndex(p => p.Tasks.Contains(early.Task));
            int from = phases.ToList().FindIndex(p => p.Kind == early.From);
            if (owner < 0 || from < 0 || from >= owner)
            {
                return "early task invalid";
            }
        }

        return null;
    }

    [Fact]
    public void The_generator_yields_both_well_formed_and_malformed_definitions()
    {
        var sample = ProtocolSpecGenerators.Specs.Generator.Sample(1000).ToList();
        int valid = sample.Count(s => Oracle(s) is null);
        Assert.InRange(valid, 250, 850);
    }

    [IptProperty(1000)]
    public Property Build_succeeds_exactly_for_the_definitions_the_oracle_calls_well_formed()
    {
        return Prop.ForAll(ProtocolSpecGenerators.Specs, spec =>
        {
            string? oracle = Oracle(spec);
            Result<ProtocolDefinition> built = spec.ToBuilder().Build();
            return Prop.Label(built.IsSuccess == (oracle is null), "oracle: " + (oracle ?? "well-formed") + "; builder: " + (built.Error?.Code ?? "built"));
        });
    }

    [IptProperty(1000)]
    public Property Validate_lists_no_error_exactly_when_Build_succeeds_and_Build_reports_the_first()
    {
        return Prop.ForAll(ProtocolSpecGenerators.Specs, spec =>
        {
            ProtocolBuilder b = spec.ToBuilder();
            IReadOnlyList<DomainError> errors = b.Validate();
            Result<ProtocolDefinition> built = b.Build();
            return built.IsSuccess ? errors.Count == 0 : errors.Count > 0 && errors[0] == built.Error;
        });
    }

    [IptProperty(1000)]
    public Property Every_validation_error_has_a_documented_protocol_code()
    {
        return Prop.ForAll(ProtocolSpecGenerators.Specs, spec =>
            spec.ToBuilder().Validate().All(e => e.Code.StartsWith("protocol.", StringComparison.Ordinal) && Ipt.Domain.Tests.Docs.DocumentedErrorCodes.All.Contains(e.Code)));
    }

    [IptProperty(1000)]
    public Property A_well_formed_definition_starts_a_course_whose_machine_follows_its_phase_list()
    {
        return Prop.ForAll(ProtocolSpecGenerators.Specs, spec =>
        {
            Result<ProtocolDefinition> built = spec.ToBuilder().Build();
            if (!built.IsSuccess)
            {
                return true;
            }

            ProtocolDefinition p = built.Value;
            var course = CourseFixture.StartAny(CourseId.New(), ClientRef.From("c-1"), p, new DateOnly(2026, 1, 5));
            bool phasesKept = p.Phases.Select(x => x.Kind).SequenceEqual(spec.Phases.Select(x => x.Kind));
            bool startsInFirst = course.CurrentPhase!.Kind == spec.Phases[0].Kind && course.ContractedSessions == p.Sessions.Planned;
            bool rebuilt = p.ToBuilder(p.Id, p.Name).Build() is { IsSuccess: true } again && again.Value.Phases.SequenceEqual(p.Phases) && again.Value.Sessions == p.Sessions;
            return phasesKept && startsInFirst && rebuilt && CourseInvariants.Violation(course) is null;
        });
    }
}
