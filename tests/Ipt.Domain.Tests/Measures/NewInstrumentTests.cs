using System;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Measures;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Measures;

/// <summary>PCL-5 and PHQ-A, and the LOINC codes of every instrument.</summary>
public class NewInstrumentTests
{
    [Fact]
    public void Pcl5_has_20_items_of_0_to_4_a_past_month_recall_and_no_safety_item()
    {
        Assert.Equal(20, Pcl5.Descriptor.ItemCount);
        Assert.All(Pcl5.Descriptor.ItemMaxima, m => Assert.Equal(4, m));
        Assert.Equal(80, Pcl5.Descriptor.TotalMaximum);
        Assert.Equal("past month", Pcl5.Descriptor.RecallPeriod);
        Pcl5Score s = Pcl5.Score(Enumerable.Repeat(4, 20).ToArray()).Value;
        Assert.Null(s.SafetyFlag);
        Assert.Equal((20, 8, 28, 24), (s.ClusterTotal('B'), s.ClusterTotal('C'), s.ClusterTotal('D'), s.ClusterTotal('E')));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.ClusterTotal('A'));
    }

    [Theory]
    [InlineData(32, "below-cut-point")]
    [InlineData(33, "probable-ptsd")]
    [InlineData(0, "below-cut-point")]
    [InlineData(80, "probable-ptsd")]
    public void Pcl5_total_is_read_against_the_provisional_cut_point_33(int total, string band)
    {
        int[] items = new int[20];
        for (int i = 0; i < total; i++)
        {
            items[i % 20]++;
        }

        Pcl5Score s = Pcl5.Score(items).Value;
        Assert.Equal(total, s.Total);
        Assert.Equal(band, s.Severity.Code);
        Assert.Equal("pcl5-cutpoint-33", s.Severity.BandSetId);
        Assert.Equal(total >= 31 ? "probable-ptsd" : "below-cut-point", s.ClassifyWith(Pcl5.BandsWithCutPoint(31)).Code);
    }

    [Fact]
    public void Pcl5_provisional_diagnosis_needs_1_B_1_C_2_D_2_E_items_at_2_or_more()
    {
        int[] items = new int[20];
        items[0] = 2; items[5] = 2; items[7] = 2; items[8] = 2; items[14] = 2; items[15] = 2;
        Assert.True(Pcl5.Score(items).Value.MeetsProvisionalDiagnosticRule);
        items[15] = 1;
        Assert.False(Pcl5.Score(items).Value.MeetsProvisionalDiagnosticRule);
        Assert.Equal(MeasureErrors.ItemOutOfRangeCode, Pcl5.Score(Enumerable.Repeat(5, 20).ToArray()).Error!.Code);
    }

    [Theory]
    [InlineData(4, "minimal")]
    [InlineData(5, "mild")]
    [InlineData(14, "moderate")]
    [InlineData(15, "moderately-severe")]
    [InlineData(20, "severe")]
    public void PhqA_uses_the_phq9_bands(int total, string band)
    {
        int[] items = new int[9];
        for (int i = 0; i < total; i++)
        {
            items[i % 8]++;
        }

        Assert.Equal(band, PhqA.Score(items).Value.Severity.Code);
    }

    [Fact]
    public void PhqA_item_9_above_zero_raises_a_concern_on_a_course()
    {
        TreatmentCourse c = CourseFixture.NewCourse(AdolescentIpt.Definition);
        MeasureRecording r = c.RecordMeasure(PhqA.Code, [0, 0, 0, 0, 0, 0, 0, 0, 1], CourseFixture.Start).Value;
        Assert.Equal(new SafetyFlag(SafetyFlag.PhqASelfHarmItemCode, "phq-a", 9, 1), r.Score.SafetyFlag);
        Assert.Equal("safety.phqa-item9-positive", r.Concern!.FlagCode);
        Assert.Equal("Feeling down, depressed, irritable or hopeless", PhqA.Descriptor.ItemLabels[0]);
    }

    [Fact]
    public void IPT_for_PTSD_rates_the_PCL5_and_IPT_A_the_PHQ_A_at_baseline_and_end()
    {
        Assert.Contains(IptForPtsd.Definition.MeasurementSchedules, s => s.InstrumentCodes.Contains(Pcl5.Code) && s.RatesBaselineAndEnd);
        Assert.Contains(AdolescentIpt.Definition.MeasurementSchedules, s => s.InstrumentCodes.Contains(PhqA.Code) && s.RatesBaselineAndEnd);
        TreatmentCourse c = CourseFixture.NewCourse(IptForPtsd.Definition).Sessions(1);
        Assert.Contains(c.MeasuresDue(), d => d.InstrumentCode == Pcl5.Code);
        Assert.True(c.RecordMeasure(Pcl5.Code, new int[20], CourseFixture.Start, atLatestSession: true).IsSuccess);
    }

    [Fact]
    public void Loinc_codes_only_where_confirmed()
    {
        Assert.Equal("44261-6", Phq9.Descriptor.LoincTotalScoreCode);
        Assert.Equal("70274-6", Gad7.Descriptor.LoincTotalScoreCode);
        Assert.Null(Epds.Descriptor.LoincTotalScoreCode);
        Assert.Null(HamD17.Descriptor.LoincTotalScoreCode);
        Assert.Null(Pcl5.Descriptor.LoincTotalScoreCode);
        Assert.Null(PhqA.Descriptor.LoincTotalScoreCode);
    }
}
