using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>Which of the three parent-involvement points of IPT-A a course has covered [S41].</summary>
/// <param name="FirstSession">A parent or caregiver attended contract session 1.</param>
/// <param name="MiddlePhase">A parent–adolescent session took place in the middle phase.</param>
/// <param name="EndOfTreatment">A parent or caregiver joined a termination-phase session.</param>
public readonly record struct ParentInvolvement(bool FirstSession, bool MiddlePhase, bool EndOfTreatment);
