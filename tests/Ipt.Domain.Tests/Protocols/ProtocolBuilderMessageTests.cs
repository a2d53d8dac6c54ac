using Ipt.Domain.Phases;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Protocols;

/// <summary>
/// A researcher who writes a broken protocol reads these messages; each names the phase and the numbers at fault.
/// Codes are the API (see <see cref="ProtocolBuilderTests"/>); these pin the wording and the numbers in it.
/// </summary>
public class ProtocolBuilderMessageTests
{
    private static ProtocolBuilder Valid() => ProtocolBuilderTests.Valid();

    private static ProtocolBuilder Bare() => ProtocolDefinition.Create("abc", "x");

    private static string Message(ProtocolBuilder b) => b.Build().Match(_ => "ok", e => e.Message);

    [Fact]
    public void Phase_layout_messages_name_the_phase_and_the_sessions()
    {
        Assert.Equal("The first counted phase must start at session 1, not 2.", Message(Bare().Phase(PhaseKind.Initial, SessionRange.Of(2, 4))));
        Assert.Equal("Sessions 4–4 belong to no phase.", Message(Bare().Phase(PhaseKind.Initial, SessionRange.Of(1, 3)).Phase(PhaseKind.Middle, SessionRange.Of(5, 8))));
        Assert.Equal("Sessions 4–6 belong to no phase.", Message(Bare().Phase(PhaseKind.Initial, SessionRange.Of(1, 3)).Phase(PhaseKind.Middle, SessionRange.Of(7, 8))));
        Assert.Equal("The middle phase starts at session 3, inside the previous phase.", Message(Bare().Phase(PhaseKind.Initial, SessionRange.Of(1, 3)).Phase(PhaseKind.Middle, SessionRange.Of(3, 8))));
        Assert.Equal("The protocol has more than one Initial phase.", Message(Bare().Phase(PhaseKind.Initial, SessionRange.Of(1, 2)).Phase(PhaseKind.Initial, SessionRange.Of(3, 4))));
        Assert.Equal("The pre-treatment engagement session must come before the counted phases.", Message(Bare().Phase(PhaseKind.Initial, SessionRange.Of(1, 2)).Phase(PhaseKind.Engagement, SessionRange.PreTreatment(1))));
        Assert.Equal("The open-ended maintenance phase must be the last phase.", Message(Bare().Phase(PhaseKind.Maintenance, SessionRange.OpenEnded).Phase(PhaseKind.Initial, SessionRange.Of(1, 2))));
        Assert.Equal("The initial phase counts toward the contract and cannot be optional.", Message(Bare().Phase(PhaseKind.Initial, SessionRange.Of(1, 2), optional: true)));
        Assert.Equal("An initial phase of 3 and a termination phase of 3 sessions leave no middle phase in 6 sessions.",
            ProtocolDefinition.Create("abc", "x").AcutePhases(6, 3, 3, TaskSet.Of(TherapyTask.InterpersonalInventory), TaskSet.Of(TherapyTask.EndingRaised)).Build().Error!.Message);
    }

    [Fact]
    public void Session_count_messages_give_the_numbers()
    {
        Assert.Equal("Session counts must satisfy 1 ≤ minimum ≤ planned ≤ maximum ≤ hard cap; got 11, 10, 10, 12.", Message(Valid().Sessions(10, 11, 10, 12)));
        Assert.Equal("The last counted phase ends at session 10 but the planned count is 12.", Message(Valid().Sessions(12, 8, 12, 12)));
        Assert.Equal("The middle phase is too short to absorb a contract of the minimum 3 sessions.", Message(Valid().Sessions(10, 3, 10, 12)));
        Assert.Equal("The termination notice must be between 0 and the planned 10 sessions.", Message(Valid().TerminationNotice(11)));
    }

    [Fact]
    public void Task_messages_name_the_task()
    {
        Assert.Equal("The task 'ending-raised' is required by more than one phase.",
            Message(Valid().Phase(PhaseKind.Maintenance, SessionRange.OpenEnded, tasks: TaskSet.Of(TherapyTask.EndingRaised), optional: true)));
        Assert.Equal("The task 'formulation-agreed' can only be allowed early from a phase before the one that requires it.",
            Message(Valid().AllowEarly(TherapyTask.FormulationAgreed, PhaseKind.Middle)));
    }
}
