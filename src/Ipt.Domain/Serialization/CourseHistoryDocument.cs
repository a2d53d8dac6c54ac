using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Groups;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Serialization;

/// <summary>The persisted form of a course history: a schema version and the events in order.</summary>
/// <param name="SchemaVersion">Version of the event schema; see <see cref="CourseHistoryJson.SchemaVersion"/>.</param>
/// <param name="Events">The events, oldest first.</param>
public sealed record CourseHistoryDocument(int SchemaVersion, IReadOnlyList<CourseEvent> Events);
