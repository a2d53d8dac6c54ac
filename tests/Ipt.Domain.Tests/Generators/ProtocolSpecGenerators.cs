using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Phases;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Generators;

/// <summary>One phase of a generated protocol definition.</summary>
public sealed record PhaseSpec(PhaseKind Kind, SessionRangeKind Range, int First, int Last, bool Optional, TherapyTask[] Tasks)
{
    /// <summary>The session range.</summary>
    public SessionRange Sessions => Range switch
    {
        SessionRangeKind.Counted => SessionRange.Of(First, Last),
        SessionRangeKind.PreTreatment => SessionRange.PreTreatment(Last),
        _ => SessionRange.OpenEnded,
    };

    /// <inheritdoc />
    public override string ToString() => Kind + " " + Sessions + (Optional ? " optional" : string.Empty) + " [" + string.Join(",", Tasks) + "]";
}

/// <summary>A generated protocol definition: a well-formed skeleton, then zero or more perturbations that may break it.</summary>
public sealed record ProtocolSpec(
    string Id,
    IReadOnlyList<PhaseSpec> Phases,
    (int Planned, int Minimum, int Maximum, int HardCap)? Sessions,
    int Notice,
    (TherapyTask Task, PhaseKind From)? Early,
    IReadOnlyList<int> Perturbations)
{
    /// <summary>Builds the definition through the public builder.</summary>
    public ProtocolBuilder ToBuilder()
    {
        ProtocolBuilder b = ProtocolDefinition.Create(Id, "Generated protocol").TerminationNotice(Notice);
        if (Sessions is { } s)
        {
            b.Sessions(s.Planned, s.Minimum, s.Maximum, s.HardCap);
        }

        foreach (PhaseSpec p in Phases)
        {
            b.Phase(p.Kind, p.Sessions, tasks: TaskSet.Of(p.Tasks), optional: p.Optional);
        }

        if (Early is { } e)
        {
            b.AllowEarly(e.Task, e.From);
        }

        return b;
    }

    /// <inheritdoc />
    public override string ToString() =>
        Id + " sessions " + Sessions + " notice " + Notice + " early " + Early + " perturbations [" + string.Join(",", Perturbations) + "]: " + string.Join(" | ", Phases);
}

/// <summary>Valid and invalid protocol definitions. About half the generated definitions are well-formed; shrinking
/// drops perturbations first, so a failure shrinks toward the smallest change that matters.</summary>
public static class ProtocolSpecGenerators
{
    private static readonly string[] Ids = ["gen", "gen-2", "a1", "x", "-gen", "gen-", "gen--x", "Gen", "g_1", new string('a', 41), "ab"];

    private static readonly TherapyTask[] Tasks = Enum.GetValues<TherapyTask>();

    /// <summary>Generated definitions.</summary>
    public static Arbitrary<ProtocolSpec> Specs { get; } = Arb.From(
        from skeleton in Skeleton
        from n in Gen.Frequency((4, Gen.Constant(0)), (5, Gen.Constant(1)), (2, Gen.Constant(2)))
        from perturbations in Gen.Choose(0, 10_000).ListOf(n)
        select Perturb(skeleton with { Perturbations = perturbations.ToList() }),
        Shrink);

    private static Gen<ProtocolSpec> Skeleton =>
        from engagement in ArbMap.Default.GeneratorFor<bool>()
        from counted in Gen.Choose(1, 3)
        from lengths in Gen.Choose(1, 6).ListOf(counted)
        from maintenance in ArbMap.Default.GeneratorFor<bool>()
        from explicitCounts in ArbMap.Default.GeneratorFor<bool>()
        from shrinkBy in Gen.Choose(0, 2)
        from extra in Gen.Choose(0, 3)
        from notice in Gen.Choose(0, 3)
        from taskPicks in Gen.Choose(0, Tasks.Length - 1).ListOf(counted)
        from idIndex in Gen.Frequency((8, Gen.Constant(0)), (2, Gen.Choose(0, Ids.Length - 1)))
        select Make(engagement, lengths.ToList(), maintenance, explicitCounts, shrinkBy, extra, notice, taskPicks.ToList(), Ids[idIndex]);

    private static ProtocolSpec Make(bool engagement, List<int> lengths, bool maintenance, bool explicitCounts, int shrinkBy, int extra, int notice, List<int> taskPicks, string id)
    {
        PhaseKind[] countedKinds = [PhaseKind.Initial, PhaseKind.Middle, PhaseKind.Termination];
        var phases = new List<PhaseSpec>();
        if (engagement)
        {
            phases.Add(new PhaseSpec(PhaseKind.Engagement, SessionRangeKind.PreTreatment, 0, 1, true, []));
        }

        int next = 1;
        for (int i = 0; i < lengths.Count; i++)
        {
            phases.Add(new PhaseSpec(countedKinds[i], SessionRangeKind.Counted, next, next + lengths[i] - 1, false, [Tasks[(taskPicks[i] + i) % Tasks.Length]]));
            next += lengths[i];
        }

        if (maintenance)
        {
            phases.Add(new PhaseSpec(PhaseKind.Maintenance, SessionRangeKind.OpenEnded, 0, 0, true, []));
        }

        int planned = next - 1;
        int absorbing = lengths.Count > 1 ? lengths[^2] : lengths[^1];
        int minimum = Math.Max(1, planned - Math.Min(shrinkBy, absorbing - 1));
        (int, int, int, int)? counts = explicitCounts ? (planned, minimum, planned + extra, planned + extra + 1) : null;
        return new ProtocolSpec(id, phases, counts, Math.Min(notice, planned), null, []);
    }

    // Each perturbation value picks a kind of damage and its parameters; many leave the definition valid.
    private static ProtocolSpec Perturb(ProtocolSpec spec)
    {
        foreach (int v in spec.Perturbations)
        {
            var phases = spec.Phases.ToList();
            if (phases.Count == 0)
            {
                spec = spec with { Notice = (v % 7) - 1 };
                continue;
            }

            int i = (v / 13) % phases.Count;
            int j = (v / 17) % phases.Count;
            PhaseSpec p = phases[i];
            switch (v % 13)
            {
                case 0: phases[i] = p with { First = Math.Max(1, p.First + 1), Last = Math.Max(Math.Max(1, p.First + 1), p.Last) }; break;
                case 1: phases[i] = p with { First = Math.Max(1, p.First - 1) }; break;
                case 2: phases[i] = p with { Last = p.Last + 1 }; break;
                case 3: (phases[i], phases[j]) = (phases[j], phases[i]); break;
                case 4: phases[i] = p with { Kind = phases[j].Kind }; break;
                case 5: phases[i] = p with { Optional = !p.Optional }; break;
                case 6: phases[i] = p with { Tasks = [.. p.Tasks, Tasks[v % Tasks.Length]] }; break;
                case 7: phases[i] = p with { Range = (SessionRangeKind)((int)(p.Range + 1) % 3), First = Math.Max(1, p.First), Last = Math.Max(Math.Max(1, p.First), p.Last) }; break;
                case 8: phases.RemoveAt(i); break;
                case 9: spec = spec with { Notice = (v % 7) - 1 }; break;
                case 10:
                    (int P, int Mi, int Ma, int H) s = spec.Sessions ?? (1, 1, 1, 1);
                    int d = (v % 5) - 2;
                    spec = spec with { Sessions = ((v / 5) % 4) switch { 0 => (s.P + d, s.Mi, s.Ma, s.H), 1 => (s.P, s.Mi + d, s.Ma, s.H), 2 => (s.P, s.Mi, s.Ma + d, s.H), _ => (s.P, s.Mi, s.Ma, s.H + d) } };
                    break;
                case 11: spec = spec with { Early = (Tasks[v % Tasks.Length], (PhaseKind)((v / 7) % 5)) }; break;
                default: spec = spec with { Id = Ids[v % Ids.Length] }; break;
            }

            spec = spec with { Phases = phases };
        }

        return spec;
    }

    private static IEnumerable<ProtocolSpec> Shrink(ProtocolSpec spec)
    {
        // Perturbations are already applied; shrinking offers the fewer-perturbation variants only through the generator's seed,
        // so here a failing definition shrinks by dropping phases, tasks and the early rule.
        if (spec.Early is not null)
        {
            yield return spec with { Early = null };
        }

        for (int i = spec.Phases.Count - 1; i >= 0 && spec.Phases.Count > 1; i--)
        {
            var fewer = spec.Phases.ToList();
            fewer.RemoveAt(i);
            yield return spec with { Phases = fewer };
        }

        for (int i = 0; i < spec.Phases.Count; i++)
        {
            if (spec.Phases[i].Tasks.Length > 0)
            {
                var fewer = spec.Phases.ToList();
                fewer[i] = fewer[i] with { Tasks = [] };
                yield return spec with { Phases = fewer };
            }
        }
    }
}
