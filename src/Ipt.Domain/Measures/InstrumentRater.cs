using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>Who completes an instrument.</summary>
public enum InstrumentRater
{
    /// <summary>The person in treatment completes it (self-report questionnaire or diary).</summary>
    SelfReport = 0,

    /// <summary>A trained clinician rates it in an interview.</summary>
    Clinician = 1,
}
