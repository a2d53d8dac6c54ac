namespace Ipt.Domain.Phases;

/// <summary>The facts about a course that the phase machine's guards look at. Built by the course; a struct, so
/// asking the machine a question allocates nothing.</summary>
/// <param name="CompletedTasks">Tasks completed so far.</param>
/// <param name="SessionsAttendedInPhase">Sessions attended since the current phase began.</param>
/// <param name="SessionsHeld">Contract sessions held so far.</param>
/// <param name="ContractedSessions">Sessions in the current contract.</param>
public readonly record struct PhaseContext(
    TaskSet CompletedTasks,
    int SessionsAttendedInPhase,
    int SessionsHeld,
    int ContractedSessions);
