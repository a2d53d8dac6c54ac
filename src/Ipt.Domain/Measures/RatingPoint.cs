using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>One rating in a series: when, and the instrument total.</summary>
/// <param name="On">Date of the rating.</param>
/// <param name="Total">The instrument's total score.</param>
public readonly record struct RatingPoint(DateOnly On, int Total);
