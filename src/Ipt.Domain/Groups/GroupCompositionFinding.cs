using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>One composition advisory.</summary>
/// <param name="Code">A <see cref="GroupCompositionCodes"/> code.</param>
/// <param name="Client">The member it concerns.</param>
/// <param name="Message">Plain message; names no person.</param>
public sealed record GroupCompositionFinding(string Code, ClientRef Client, string Message);
