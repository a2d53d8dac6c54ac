using Ipt.Domain.Primitives;
using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>
/// Which instruments a protocol administers and when (§17.7). A value: protocol definitions name one or more schedules.
/// Instruments are named by their codes (<c>phq-9</c>, <c>gad-7</c>, <c>epds</c>, <c>ham-d-17</c>, <c>srm-5</c>).
/// </summary>
public sealed class MeasurementSchedule : IEquatable<MeasurementSchedule>
{
    private MeasurementSchedule(
        string id, MeasurementCadence cadence, int intervalSessions, bool includesFinalSession, string sourceTags, string[] instrumentCodes)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.Null(sourceTags);
        Guard.Against.Null(instrumentCodes);
        if (instrumentCodes.Length == 0)
        {
            throw new ArgumentException("A schedule names at least one instrument.", nameof(instrumentCodes));
        }

        foreach (string code in instrumentCodes)
        {
            Guard.Against.NullOrWhiteSpace(code, nameof(instrumentCodes));
        }

        Id = id;
        Cadence = cadence;
        IntervalSessions = intervalSessions;
        IncludesFinalSession = includesFinalSession;
        SourceTags = sourceTags;
        InstrumentCodes = ImmutableArray.Create(instrumentCodes);
    }

    /// <summary>Stable id of the schedule.</summary>
    public string Id { get; }

    /// <summary>Codes of the instruments administered.</summary>
    public ImmutableArray<string> InstrumentCodes { get; }

    /// <summary>The cadence.</summary>
    public MeasurementCadence Cadence { get; }

    /// <summary>N for <see cref="MeasurementCadence.EveryNthSession"/>; 1 for every session; 0 for baseline-and-termination.</summary>
    public int IntervalSessions { get; }

    /// <summary>True when the final session is always a measurement point.</summary>
    public bool IncludesFinalSession { get; }

    /// <summary>Domain-brief source tags.</summary>
    public string SourceTags { get; }

    /// <summary>A schedule that measures at every session.</summary>
    /// <param name="id">Stable id.</param>
    /// <param name="sourceTags">Source tags.</param>
    /// <param name="instrumentCodes">Instrument codes.</param>
    /// <exception cref="ArgumentException">An id or code is blank, or no instrument is named.</exception>
    public static MeasurementSchedule EverySession(string id, string sourceTags, params string[] instrumentCodes)
    {
        Guard.Against.Null(instrumentCodes);
        return new(id, MeasurementCadence.EverySession, 1, true, sourceTags, (string[])instrumentCodes.Clone());
    }

    /// <summary>A schedule that measures at session 1 and every <paramref name="interval"/>-th session after it.</summary>
    /// <param name="id">Stable id.</param>
    /// <param name="interval">Sessions between measurements, at least 2.</param>
    /// <param name="includesFinalSession">Also measure at the final session.</param>
    /// <param name="sourceTags">Source tags.</param>
    /// <param name="instrumentCodes">Instrument codes.</param>
    /// <exception cref="ArgumentOutOfRangeException">The interval is below 2.</exception>
    /// <exception cref="ArgumentException">An id or code is blank, or no instrument is named.</exception>
    public static MeasurementSchedule EveryNthSession(
        string id, int interval, bool includesFinalSession, string sourceTags, params string[] instrumentCodes)
    {
        Guard.Against.LessThan(interval, 2);
        Guard.Against.Null(instrumentCodes);
        return new(id, MeasurementCadence.EveryNthSession, interval, includesFinalSession, sourceTags, (string[])instrumentCodes.Clone());
    }

    /// <summary>A schedule that measures at the first session and the final session.</summary>
    /// <param name="id">Stable id.</param>
    /// <param name="sourceTags">Source tags.</param>
    /// <param name="instrumentCodes">Instrument codes.</param>
    /// <exception cref="ArgumentException">An id or code is blank, or no instrument is named.</exception>
    public static MeasurementSchedule BaselineAndTermination(string id, string sourceTags, params string[] instrumentCodes)
    {
        Guard.Against.Null(instrumentCodes);
        return new(id, MeasurementCadence.BaselineAndTermination, 0, true, sourceTags, (string[])instrumentCodes.Clone());
    }

    /// <summary>True when the schedule rates both baseline (the first measurement point) and the end of treatment
    /// (the final session), so that the end can be compared with baseline (TERM-03). Every built-in schedule does.</summary>
    public bool RatesBaselineAndEnd => IsDueAt(1, isFinalSession: false) && IncludesFinalSession;

    /// <summary>True when the schedule asks for its instruments at this session.</summary>
    /// <param name="sessionNumber">1-based session number.</param>
    /// <param name="isFinalSession">True when this is the course's final (termination) session.</param>
    /// <exception cref="ArgumentOutOfRangeException">The session number is below 1.</exception>
    public bool IsDueAt(int sessionNumber, bool isFinalSession)
    {
        Guard.Against.LessThan(sessionNumber, 1);
        return Cadence switch
        {
            MeasurementCadence.EverySession => true,
            MeasurementCadence.EveryNthSession => (sessionNumber - 1) % IntervalSessions == 0 || (isFinalSession && IncludesFinalSession),
            MeasurementCadence.BaselineAndTermination => sessionNumber == 1 || isFinalSession,
            _ => throw new InvalidOperationException("Unknown cadence."),
        };
    }

    /// <summary>Standard IPT: repeat the depression scale regularly, e.g. weekly, here the PHQ-9 at every session [S06].</summary>
    public static MeasurementSchedule StandardIptWeeklyPhq9 { get; } = EverySession("ipt-weekly-phq9", "[S06]", "phq-9");

    /// <summary>IPT Institute certification portfolio: PHQ-9 and GAD-7 every 4 sessions [S13], and at the final
    /// session, so the end of treatment can be compared with baseline (TERM-03 [S34][S36][S76]; brief §17.7 M8).
    /// Earlier releases left the final session out, so a 16-session course was rated at 1, 5, 9 and 13 only.</summary>
    public static MeasurementSchedule IptInstitutePortfolio { get; } =
        EveryNthSession("ipt-institute-portfolio", 4, includesFinalSession: true, "[S13]; final session: TERM-03 [S34][S36][S76]", "phq-9", "gad-7");

    /// <summary>IPT for PTSD: PCL-5 at session 1, every 4th session and the final session (product default; the trial
    /// rated the CAPS [S88]).</summary>
    public static MeasurementSchedule Pcl5EveryFourSessions { get; } =
        EveryNthSession("ipt-ptsd-pcl5-every-4", 4, includesFinalSession: true, "Weathers et al. 2013; [S88]", Pcl5.Code);

    /// <summary>IPT-A: PHQ-A at session 1, every 4th session and the final session (product default; cadence as [S13]).</summary>
    public static MeasurementSchedule PhqAEveryFourSessions { get; } =
        EveryNthSession("ipt-a-phqa-every-4", 4, includesFinalSession: true, "Johnson et al. 2002; [S13]", PhqA.Code);

    /// <summary>DIT pilot: PHQ-9 and GAD-7 at every session [S64].</summary>
    public static MeasurementSchedule DitEverySession { get; } = EverySession("dit-every-session", "[S64]", "phq-9", "gad-7");

    /// <summary>IPC for college students: PHQ-9 at every session [S79].</summary>
    public static MeasurementSchedule IpcCollegeEverySession { get; } = EverySession("ipc-c-every-session", "[S79]", "phq-9");

    /// <summary>WHO Group IPT: PHQ-9-guided inventory at the pre-group session, re-rated at termination [S28].</summary>
    public static MeasurementSchedule WhoGroupIptPreGroupAndTermination { get; } =
        BaselineAndTermination("who-group-ipt-pre-and-end", "[S28]", "phq-9");

    /// <summary>IPSRT: SRM every week (every session). The source limits it to the intermediate phase; the phase filter belongs to the protocol [S56].</summary>
    public static MeasurementSchedule IpsrtWeeklySrm { get; } = EverySession("ipsrt-weekly-srm", "[S56]", SocialRhythmMetric.Code);

    /// <inheritdoc />
    public bool Equals(MeasurementSchedule? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (!string.Equals(Id, other.Id, StringComparison.Ordinal) || Cadence != other.Cadence
            || IntervalSessions != other.IntervalSessions || IncludesFinalSession != other.IncludesFinalSession
            || !string.Equals(SourceTags, other.SourceTags, StringComparison.Ordinal)
            || InstrumentCodes.Length != other.InstrumentCodes.Length)
        {
            return false;
        }

        for (int i = 0; i < InstrumentCodes.Length; i++)
        {
            if (!string.Equals(InstrumentCodes[i], other.InstrumentCodes[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MeasurementSchedule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Cadence, IntervalSessions);

    /// <summary>The schedule's id.</summary>
    public override string ToString() => Id;

    /// <summary>All named presets above.</summary>
    public static ImmutableArray<MeasurementSchedule> Presets { get; } =
    [
        StandardIptWeeklyPhq9, IptInstitutePortfolio, DitEverySession, IpcCollegeEverySession,
        WhoGroupIptPreGroupAndTermination, IpsrtWeeklySrm, Pcl5EveryFourSessions, PhqAEveryFourSessions,
    ];
}
