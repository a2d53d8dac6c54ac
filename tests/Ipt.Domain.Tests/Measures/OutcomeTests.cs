using System.Linq;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Measures;

public class MeasureOutcome_Compare
{
    private static Phq9Score Phq9Total(int total) => Phq9.Score(Answers.Summing(Phq9.Descriptor, total, keepZero: 9)).Value;

    private static HamD17Score HamD(int total) => HamD17.Score(Answers.Summing(HamD17.Descriptor, total)).Value;

    [Fact]
    public void A_50_percent_drop_is_a_response()
    {
        MeasureOutcome o = MeasureOutcome.Compare(Phq9Total(20), Phq9Total(10), OutcomeCriteria.Phq9Default).Value;
        Assert.Equal((-10, -50.0, true, false), (o.Change, o.PercentChange!.Value, o.IsResponse, o.IsRemission!.Value));
        Assert.Equal("phq9-response50-remission-lt5", o.CriteriaId);
    }

    [Fact]
    public void A_drop_just_under_50_percent_is_not_a_response()
    {
        Assert.False(MeasureOutcome.Compare(Phq9Total(20), Phq9Total(11), OutcomeCriteria.Phq9Default).Value.IsResponse);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Phq9_remission_is_below_5(int current, bool remitted)
    {
        Assert.Equal(remitted, MeasureOutcome.Compare(Phq9Total(18), Phq9Total(current), OutcomeCriteria.Phq9Default).Value.IsRemission);
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public void HamD17_remission_is_7_or_less(int current, bool remitted)
    {
        Assert.Equal(remitted, MeasureOutcome.Compare(HamD(22), HamD(current), OutcomeCriteria.HamD17Default).Value.IsRemission);
    }

    [Fact]
    public void HamD17_recovery_criteria_use_6()
    {
        Assert.False(MeasureOutcome.Compare(HamD(22), HamD(7), OutcomeCriteria.HamD17RecoveryLe6).Value.IsRemission);
        Assert.True(MeasureOutcome.Compare(HamD(22), HamD(6), OutcomeCriteria.HamD17RecoveryLe6).Value.IsRemission);
    }

    [Fact]
    public void Different_instruments_are_rejected()
    {
        Gad7Score gad = Gad7.Score(new int[7]).Value;
        Result<MeasureOutcome> r = MeasureOutcome.Compare(Phq9Total(10), gad, OutcomeCriteria.Phq9Default);
        Assert.Equal(MeasureErrors.InstrumentMismatchCode, r.Error!.Code);
        Assert.Equal(MeasureErrors.CriteriaInstrumentMismatchCode,
            MeasureOutcome.Compare(Phq9Total(10), Phq9Total(5), OutcomeCriteria.HamD17Default).Error!.Code);
        Assert.Equal(MeasureErrors.CriteriaInstrumentMismatchCode,
            MeasureOutcome.Compare("gad-7", 10, 5, OutcomeCriteria.Phq9Default).Error!.Code);
    }

    [Fact]
    public void A_zero_baseline_has_no_percent_and_no_response()
    {
        MeasureOutcome o = MeasureOutcome.Compare("phq-9", 0, 0, OutcomeCriteria.Phq9Default).Value;
        Assert.Null(o.PercentChange);
        Assert.False(o.IsResponse);
        Assert.True(o.IsRemission);
    }

    [Fact]
    public void Custom_criteria_without_remission_leave_it_null()
    {
        var criteria = new OutcomeCriteria("gad7-custom", "gad-7", 0.5, null, "");
        Assert.Null(MeasureOutcome.Compare("gad-7", 12, 3, criteria).Value.IsRemission);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new OutcomeCriteria("x", "gad-7", 0, null, ""));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new OutcomeCriteria("x", "gad-7", 1.5, null, ""));
    }
}

public class MeasurementSchedule_IsDueAt
{
    [Fact]
    public void Every_fourth_session_starts_at_the_first()
    {
        MeasurementSchedule s = MeasurementSchedule.IptInstitutePortfolio;
        // The final session is a measurement point, so the end can be compared with baseline (TERM-03); it was not before.
        Assert.Equal(new[] { 1, 5, 9, 13, 16 }, System.Linq.Enumerable.Range(1, 16).Where(n => s.IsDueAt(n, n == 16)).ToArray());
        Assert.Equal(new[] { 1, 5, 8 }, System.Linq.Enumerable.Range(1, 8).Where(n => s.IsDueAt(n, n == 8)).ToArray());
        Assert.True(s.RatesBaselineAndEnd);
        Assert.Equal(new[] { "phq-9", "gad-7" }, s.InstrumentCodes);
    }

    [Fact]
    public void Baseline_and_termination_measure_twice()
    {
        MeasurementSchedule s = MeasurementSchedule.WhoGroupIptPreGroupAndTermination;
        Assert.Equal(new[] { 1, 9 }, System.Linq.Enumerable.Range(1, 9).Where(n => s.IsDueAt(n, n == 9)).ToArray());
    }

    [Fact]
    public void Every_session_and_presets_are_values()
    {
        Assert.True(MeasurementSchedule.DitEverySession.IsDueAt(7, false));
        Assert.Equal(MeasurementSchedule.EverySession("dit-every-session", "[S64]", "phq-9", "gad-7"), MeasurementSchedule.DitEverySession);
        Assert.Equal(8, MeasurementSchedule.Presets.Length);
        Assert.Equal("srm-5", MeasurementSchedule.IpsrtWeeklySrm.InstrumentCodes[0]);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => MeasurementSchedule.DitEverySession.IsDueAt(0, false));
        Assert.Throws<System.ArgumentException>(() => MeasurementSchedule.EverySession("x", ""));
    }
}
