using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;

namespace Ipt.Domain.Serialization;

/// <summary>One kind of <see cref="CourseEvent"/>: its stable kebab-case <c>$type</c> name and its .NET type.</summary>
/// <param name="Name">The <c>$type</c> discriminator written in the JSON, e.g. <c>session-recorded</c>.</param>
/// <param name="ClrType">The event's record type, e.g. <see cref="SessionRecorded"/>.</param>
public sealed record CourseEventType(string Name, Type ClrType);
