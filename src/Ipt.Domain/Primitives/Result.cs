using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using OneOf;

namespace Ipt.Domain.Primitives;

/// <summary>
/// The outcome of a command: either a success value or a <see cref="DomainError"/> — a OneOf union of
/// <typeparamref name="T"/> and <see cref="DomainError"/> under a readable name. It holds a
/// <see cref="OneOf{T0, T1}"/> and offers OneOf's members (<see cref="Match{TOut}"/>, <see cref="Switch"/>,
/// <see cref="TryPickT0"/>, <see cref="TryPickT1"/>, <see cref="IsT0"/>, <see cref="IsT1"/>, <see cref="AsT0"/>,
/// <see cref="AsT1"/>, <see cref="IOneOf"/>) beside the library's own (<see cref="IsSuccess"/>, <see cref="Value"/>,
/// <see cref="Error"/>, <see cref="Map{TOut}"/>, <see cref="Bind{TOut}"/>), and converts implicitly to and from
/// <c>OneOf&lt;T, DomainError&gt;</c>. A struct, so returning it allocates nothing.
/// </summary>
/// <remarks>
/// <c>default(Result&lt;T&gt;)</c> is not a success: it is a failure whose error is
/// <see cref="ResultErrors.Unset"/>, so a result that was never assigned cannot be mistaken for an accepted command.
/// </remarks>
/// <typeparam name="T">Type of the success value.</typeparam>
/// <example>
/// <code>
/// Result&lt;SessionRecorded&gt; r = course.RecordSession(date, Attendance.Attended);
/// string text = r.Match(ok => $"session {ok.Number}", error => error.Message);
/// OneOf&lt;SessionRecorded, DomainError&gt; union = r;   // the plain OneOf, for code that already speaks it
/// </code>
/// </example>
public readonly struct Result<T> : IEquatable<Result<T>>, IOneOf
{
    private static readonly DomainError UnsetError = new(ResultErrors.Unset, "The result was never set: default(Result) holds no outcome.");

    private readonly OneOf<T, DomainError> _union;
    private readonly bool _set;

    private Result(OneOf<T, DomainError> union)
    {
        _union = union;
        _set = true;
    }

    /// <summary>A successful result.</summary>
    /// <param name="value">The success value.</param>
    public static Result<T> Success(T value) => new(OneOf<T, DomainError>.FromT0(value));

    /// <summary>A failed result.</summary>
    /// <param name="error">The rule that was broken.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static Result<T> Failure(DomainError error) => new(OneOf<T, DomainError>.FromT1(Guard.Against.Null(error)));

    /// <summary>Converts a value into a successful result.</summary>
    /// <param name="value">The success value.</param>
    public static implicit operator Result<T>(T value) => Success(value);

    /// <summary>Converts an error into a failed result.</summary>
    /// <param name="error">The rule that was broken.</param>
    public static implicit operator Result<T>(DomainError error) => Failure(error);

    /// <summary>Converts a OneOf union of a value and an error into a result.</summary>
    /// <param name="union">The union; its error case must not hold null.</param>
    public static implicit operator Result<T>(OneOf<T, DomainError> union) => union.IsT0 ? Success(union.AsT0) : Failure(union.AsT1);

    /// <summary>Converts the result into the plain OneOf union (a default result becomes its <see cref="ResultErrors.Unset"/> error).</summary>
    /// <param name="result">The result.</param>
    public static implicit operator OneOf<T, DomainError>(Result<T> result) => result.ToOneOf();

    /// <summary>The plain OneOf union of this result (a default result becomes its <see cref="ResultErrors.Unset"/> error).</summary>
    public OneOf<T, DomainError> ToOneOf() => _set ? _union : OneOf<T, DomainError>.FromT1(UnsetError);

    /// <summary>True when the command was accepted.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => _set && _union.IsT0;

    /// <summary>True when the command was rejected (or the result is <c>default</c>).</summary>
    [MemberNotNullWhen(true, nameof(Error))]
    public bool IsFailure => !IsSuccess;

    /// <summary>OneOf's name for <see cref="IsSuccess"/>: the union holds its first case, the value.</summary>
    public bool IsT0 => IsSuccess;

    /// <summary>OneOf's name for <see cref="IsFailure"/>: the union holds its second case, the error.</summary>
    public bool IsT1 => !IsSuccess;

    /// <summary>The success value.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure.</exception>
    public T Value => IsSuccess
        ? _union.AsT0
        : throw new InvalidOperationException("The result is a failure (" + Error!.Code + "); read Error instead.");

    /// <summary>OneOf's name for <see cref="Value"/>.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure.</exception>
    public T AsT0 => Value;

    /// <summary>The error, or null when the result is a success.</summary>
    public DomainError? Error => !_set ? UnsetError : _union.IsT1 ? _union.AsT1 : null;

    /// <summary>OneOf's name for the error case.</summary>
    /// <exception cref="InvalidOperationException">The result is a success.</exception>
    public DomainError AsT1 => Error ?? throw new InvalidOperationException("The result is a success; read Value instead.");

    object IOneOf.Value => IsSuccess ? _union.AsT0! : Error!;

    int IOneOf.Index => IsSuccess ? 0 : 1;

    /// <summary>Returns the value when successful, otherwise <paramref name="fallback"/>.</summary>
    /// <param name="fallback">Value to return on failure.</param>
    public T ValueOr(T fallback) => IsSuccess ? _union.AsT0 : fallback;

    /// <summary>OneOf's pick: true with the value, or false with the error as the remainder.</summary>
    /// <param name="value">The success value, when true.</param>
    /// <param name="remainder">The error, when false.</param>
    public bool TryPickT0([MaybeNullWhen(false)] out T value, [MaybeNullWhen(true)] out DomainError remainder)
    {
        if (IsSuccess)
        {
            value = _union.AsT0;
            remainder = null;
            return true;
        }

        value = default;
        remainder = Error;
        return false;
    }

    /// <summary>OneOf's pick: true with the error, or false with the value as the remainder.</summary>
    /// <param name="error">The error, when true.</param>
    /// <param name="remainder">The success value, when false.</param>
    public bool TryPickT1([MaybeNullWhen(false)] out DomainError error, [MaybeNullWhen(true)] out T remainder)
    {
        bool failed = !TryPickT0(out remainder, out error);
        return failed;
    }

    /// <summary>Projects both cases into one value (OneOf's exhaustive match).</summary>
    /// <typeparam name="TOut">Type of the projection.</typeparam>
    /// <param name="success">Called with the value when the result is a success.</param>
    /// <param name="failure">Called with the error when the result is a failure.</param>
    public TOut Match<TOut>(Func<T, TOut> success, Func<DomainError, TOut> failure)
    {
        Guard.Against.Null(success);
        Guard.Against.Null(failure);
        return IsSuccess ? success(_union.AsT0) : failure(Error!);
    }

    /// <summary>Runs one of two actions depending on the case (OneOf's exhaustive switch).</summary>
    /// <param name="success">Run with the value when the result is a success.</param>
    /// <param name="failure">Run with the error when the result is a failure.</param>
    public void Switch(Action<T> success, Action<DomainError> failure)
    {
        Guard.Against.Null(success);
        Guard.Against.Null(failure);
        if (IsSuccess)
        {
            success(_union.AsT0);
        }
        else
        {
            failure(Error!);
        }
    }

    /// <summary>Maps the success value, passing a failure through unchanged.</summary>
    /// <typeparam name="TOut">Type of the mapped value.</typeparam>
    /// <param name="map">Mapping applied to a success value.</param>
    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        Guard.Against.Null(map);
        return IsSuccess ? Result<TOut>.Success(map(_union.AsT0)) : Result<TOut>.Failure(Error!);
    }

    /// <summary>Chains a further command that can itself fail.</summary>
    /// <typeparam name="TOut">Type of the next value.</typeparam>
    /// <param name="next">Command run with the success value.</param>
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> next)
    {
        Guard.Against.Null(next);
        return IsSuccess ? next(_union.AsT0) : Result<TOut>.Failure(Error!);
    }

    /// <inheritdoc />
    public bool Equals(Result<T> other) =>
        IsSuccess
            ? other.IsSuccess && Equals(_union.AsT0, other._union.AsT0)
            : !other.IsSuccess && Error!.Equals(other.Error);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Result<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsSuccess ? (_union.AsT0?.GetHashCode() ?? 0) : Error!.GetHashCode();

    /// <summary>Equality of two results.</summary>
    /// <param name="left">First result.</param>
    /// <param name="right">Second result.</param>
    public static bool operator ==(Result<T> left, Result<T> right) => left.Equals(right);

    /// <summary>Inequality of two results.</summary>
    /// <param name="left">First result.</param>
    /// <param name="right">Second result.</param>
    public static bool operator !=(Result<T> left, Result<T> right) => !left.Equals(right);

    /// <summary>Describes the case without exposing the value's free text: <c>Success</c> or the error.</summary>
    public override string ToString() => IsSuccess ? "Success" : "Failure(" + Error + ")";
}

/// <summary>Factory helpers for <see cref="Result{T}"/>.</summary>
public static class Result
{
    /// <summary>A successful result.</summary>
    /// <typeparam name="T">Type of the value.</typeparam>
    /// <param name="value">The value.</param>
    public static Result<T> Success<T>(T value) => Result<T>.Success(value);

    /// <summary>A failed result.</summary>
    /// <typeparam name="T">Type the success value would have had.</typeparam>
    /// <param name="error">The rule that was broken.</param>
    public static Result<T> Failure<T>(DomainError error) => Result<T>.Failure(error);
}
