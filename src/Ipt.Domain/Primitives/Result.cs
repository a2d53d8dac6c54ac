using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Primitives;

/// <summary>
/// The outcome of a command: either a success value or a <see cref="DomainError"/>. A struct, so returning
/// it allocates nothing.
/// </summary>
/// <typeparam name="T">Type of the success value.</typeparam>
/// <example>
/// <code>
/// Result&lt;SessionRecorded&gt; r = course.RecordSession(date, Attendance.Attended);
/// string text = r.Match(ok => $"session {ok.Number}", error => error.Message);
/// </code>
/// </example>
public readonly struct Result<T> : IEquatable<Result<T>>
{
    private readonly T? _value;
    private readonly DomainError? _error;

    private Result(T value)
    {
        _value = value;
        _error = null;
    }

    private Result(DomainError error)
    {
        _value = default;
        _error = error;
    }

    /// <summary>A successful result.</summary>
    /// <param name="value">The success value.</param>
    public static Result<T> Success(T value) => new(value);

    /// <summary>A failed result.</summary>
    /// <param name="error">The rule that was broken.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static Result<T> Failure(DomainError error)
    {
        Guard.Against.Null(error);
        return new(error);
    }

    /// <summary>Converts a value into a successful result.</summary>
    /// <param name="value">The success value.</param>
    public static implicit operator Result<T>(T value) => new(value);

    /// <summary>Converts an error into a failed result.</summary>
    /// <param name="error">The rule that was broken.</param>
    public static implicit operator Result<T>(DomainError error) => Failure(error);

    /// <summary>True when the command was accepted.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => _error is null;

    /// <summary>True when the command was rejected.</summary>
    [MemberNotNullWhen(true, nameof(Error))]
    public bool IsFailure => _error is not null;

    /// <summary>The success value.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure.</exception>
    public T Value => _error is null
        ? _value!
        : throw new InvalidOperationException("The result is a failure (" + _error.Code + "); read Error instead.");

    /// <summary>The error, or null when the result is a success.</summary>
    public DomainError? Error => _error;

    /// <summary>Returns the value when successful, otherwise <paramref name="fallback"/>.</summary>
    /// <param name="fallback">Value to return on failure.</param>
    public T ValueOr(T fallback) => _error is null ? _value! : fallback;

    /// <summary>Projects both cases into one value.</summary>
    /// <typeparam name="TOut">Type of the projection.</typeparam>
    /// <param name="success">Called with the value when the result is a success.</param>
    /// <param name="failure">Called with the error when the result is a failure.</param>
    public TOut Match<TOut>(Func<T, TOut> success, Func<DomainError, TOut> failure)
    {
        Guard.Against.Null(success);
        Guard.Against.Null(failure);
        return _error is null ? success(_value!) : failure(_error);
    }

    /// <summary>Runs one of two actions depending on the case.</summary>
    /// <param name="success">Run with the value when the result is a success.</param>
    /// <param name="failure">Run with the error when the result is a failure.</param>
    public void Switch(Action<T> success, Action<DomainError> failure)
    {
        Guard.Against.Null(success);
        Guard.Against.Null(failure);
        if (_error is null)
        {
            success(_value!);
        }
        else
        {
            failure(_error);
        }
    }

    /// <summary>Maps the success value, passing a failure through unchanged.</summary>
    /// <typeparam name="TOut">Type of the mapped value.</typeparam>
    /// <param name="map">Mapping applied to a success value.</param>
    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        Guard.Against.Null(map);
        return _error is null ? Result<TOut>.Success(map(_value!)) : Result<TOut>.Failure(_error);
    }

    /// <summary>Chains a further command that can itself fail.</summary>
    /// <typeparam name="TOut">Type of the next value.</typeparam>
    /// <param name="next">Command run with the success value.</param>
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> next)
    {
        Guard.Against.Null(next);
        return _error is null ? next(_value!) : Result<TOut>.Failure(_error);
    }

    /// <inheritdoc />
    public bool Equals(Result<T> other) =>
        _error is null
            ? other._error is null && Equals(_value, other._value)
            : _error.Equals(other._error);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Result<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _error is null ? (_value?.GetHashCode() ?? 0) : _error.GetHashCode();

    /// <summary>Equality of two results.</summary>
    /// <param name="left">First result.</param>
    /// <param name="right">Second result.</param>
    public static bool operator ==(Result<T> left, Result<T> right) => left.Equals(right);

    /// <summary>Inequality of two results.</summary>
    /// <param name="left">First result.</param>
    /// <param name="right">Second result.</param>
    public static bool operator !=(Result<T> left, Result<T> right) => !left.Equals(right);

    /// <summary>Describes the case without exposing the value's free text: <c>Success</c> or the error.</summary>
    public override string ToString() => _error is null ? "Success" : "Failure(" + _error + ")";
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

/// <summary>The value of a command that succeeds without producing anything else.</summary>
public readonly record struct Unit
{
    /// <summary>The single value.</summary>
    public static Unit Value => default;
}
