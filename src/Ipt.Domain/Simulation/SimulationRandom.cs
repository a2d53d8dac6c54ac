using Ipt.Domain.Primitives;
using System;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Simulation;

/// <summary>
/// The simulator's pseudo-random generator: xoshiro256** (Blackman and Vigna), seeded through SplitMix64 from the
/// cohort seed and the course index, so every course has its own stream that does not depend on which thread runs it
/// or in what order. A mutable value type: pass it by <c>ref</c>; a copy continues the same stream independently.
/// </summary>
/// <remarks>
/// Written out here rather than using <see cref="Random"/>: a seeded <see cref="Random"/> is deterministic today, but
/// its algorithm is not documented as stable across runtimes, and it costs an object per stream. This generator is
/// four <see cref="ulong"/>s, allocation-free, and gives the same numbers on every runtime and platform.
/// </remarks>
public struct SimulationRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>A stream seeded from one 64-bit value.</summary>
    /// <param name="seed">Any value; equal seeds give equal streams.</param>
    public SimulationRandom(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>The stream of one course: seeded from the cohort seed and the course's index in the cohort.</summary>
    /// <param name="seed">The cohort seed.</param>
    /// <param name="courseIndex">Index of the course in the cohort, from 0.</param>
    public static SimulationRandom ForCourse(long seed, int courseIndex)
    {
        // Mix the index through SplitMix64's finaliser before combining, so neighbouring indices give unrelated seeds.
        ulong index = (ulong)(uint)courseIndex + 0x632BE59BD9B4E019UL;
        ulong mixed = Mix(index) ^ (ulong)seed;
        return new SimulationRandom(mixed);
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>) (Lemire's multiply-shift; the bias is below 2⁻³² for the small ranges used here).</summary>
    /// <param name="maxExclusive">Upper bound, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is below 1.</exception>
    public int NextInt(int maxExclusive)
    {
        Guard.Against.LessThan(maxExclusive, 1);
        return (int)(((NextUInt64() >> 32) * (ulong)(uint)maxExclusive) >> 32);
    }

    /// <summary>True with probability <paramref name="probability"/> (0 never, 1 always).</summary>
    /// <param name="probability">The probability, in [0, 1].</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>A standard normal deviate (Box–Muller; one of the pair is used, so the stream stays position-independent).</summary>
    public double NextGaussian()
    {
        double u1 = 1.0 - NextDouble(); // (0, 1]: the logarithm is finite
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong SplitMix64(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        return Mix(x);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
