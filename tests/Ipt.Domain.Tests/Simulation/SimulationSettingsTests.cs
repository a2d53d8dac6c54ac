using System;
using System.Collections.Immutable;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Tests.Simulation;

/// <summary>Each setting is checked on its own and names itself, so a misconfiguration says which setting is wrong.</summary>
public class SimulationSettingsTests
{
    private static readonly SimulationSettings Valid = new();

    private static void Rejected<TException>(SimulationSettings s, string setting)
        where TException : ArgumentException =>
        Assert.Equal(setting, Assert.Throws<TException>(s.Validate).ParamName);

    [Fact]
    public void The_defaults_are_valid()
    {
        Valid.Validate();
        Assert.Equal(-1, Valid.MaxDegreeOfParallelism);
        Assert.Null(Valid.MaxSessionSlots);
    }

    [Fact]
    public void Every_setting_is_checked_on_its_own_and_named()
    {
        Rejected<ArgumentOutOfRangeException>(Valid with { CohortSize = -1 }, "CohortSize");
        Rejected<ArgumentNullException>(Valid with { Protocol = null! }, "Protocol");
        Rejected<ArgumentNullException>(Valid with { SymptomModel = null! }, "SymptomModel");
        Rejected<ArgumentNullException>(Valid with { ClinicianPolicy = null! }, "ClinicianPolicy");
        Rejected<ArgumentNullException>(Valid with { FidelityReviewer = null! }, "FidelityReviewer");
        Rejected<ArgumentNullException>(Valid with { DropoutPerSessionByPhase = null! }, "DropoutPerSessionByPhase");
        Rejected<ArgumentOutOfRangeException>(Valid with { AttendanceProbability = -0.1 }, "AttendanceProbability");
        Rejected<ArgumentOutOfRangeException>(Valid with { AttendanceProbability = double.NaN }, "AttendanceProbability");
        Rejected<ArgumentOutOfRangeException>(Valid with { NoShowProbability = -0.01 }, "NoShowProbability");
        Rejected<ArgumentOutOfRangeException>(Valid with { AttendanceProbability = 0.5, NoShowProbability = 0.6 }, "NoShowProbability");
        Rejected<ArgumentOutOfRangeException>(Valid with { DropoutPerSession = 1.01 }, "DropoutPerSession");
        Rejected<ArgumentOutOfRangeException>(
            Valid with { DropoutPerSessionByPhase = ImmutableDictionary<PhaseKind, double>.Empty.Add(PhaseKind.Middle, -0.5) },
            "DropoutPerSessionByPhase");
        Rejected<ArgumentOutOfRangeException>(Valid with { MaxConsecutiveMissed = -1 }, "MaxConsecutiveMissed");
        Rejected<ArgumentOutOfRangeException>(Valid with { MaxSessionSlots = 0 }, "MaxSessionSlots");
        Rejected<ArgumentOutOfRangeException>(Valid with { MaxDegreeOfParallelism = 0 }, "MaxDegreeOfParallelism");
        Rejected<ArgumentOutOfRangeException>(Valid with { MaxDegreeOfParallelism = -2 }, "MaxDegreeOfParallelism");
        Rejected<ArgumentException>(Valid with { OutcomeCriteria = default }, "OutcomeCriteria");
        Rejected<ArgumentException>(Valid with { OutcomeCriteria = [null!] }, "OutcomeCriteria");
    }

    [Fact]
    public void Boundary_values_are_accepted()
    {
        (Valid with { AttendanceProbability = 1, NoShowProbability = 0, DropoutPerSession = 0 }).Validate();
        (Valid with { AttendanceProbability = 0.7, NoShowProbability = 0.3 }).Validate();
        (Valid with { AttendanceProbability = 0, NoShowProbability = 1, DropoutPerSession = 1, MaxConsecutiveMissed = 0, MaxSessionSlots = 1, MaxDegreeOfParallelism = 1 }).Validate();
        (Valid with { OutcomeCriteria = [OutcomeCriteria.Phq9Default] }).Validate();
    }

    [Fact]
    public void Each_refusal_the_settings_write_themselves_explains_itself_in_a_sentence()
    {
        // The wording may improve in any release (decision 0082); that there is a sentence is the rule.
        static void Sentence(SimulationSettings s)
        {
            string message = Assert.ThrowsAny<ArgumentException>(s.Validate).Message;
            Assert.Matches(@"^[A-Z][^.]* [^.]*\.$", message.Split(" (Parameter '")[0]);
        }

        Sentence(Valid with { DropoutPerSession = 2 });
        Sentence(Valid with { AttendanceProbability = 0.6, NoShowProbability = 0.6 });
        Sentence(Valid with { MaxDegreeOfParallelism = 0 });
        Sentence(Valid with { OutcomeCriteria = default });
        Sentence(Valid with { OutcomeCriteria = [null!] });
        Sentence(Valid with { FirstCourseIndex = int.MaxValue - 999 });
    }
}
