#nullable disable warnings
using System;
using System.IO;
using System.Linq;
using System.Text;
using Hl7.Fhir.Model;
using Ipt.Domain.Courses;
using Ipt.Domain.Fhir;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Integration.Tests.Fhir;

/// <summary>The examples and tables of docs/fhir.md are generated from the code; run with IPT_UPDATE_DOCS=1 to regenerate.</summary>
public sealed class FhirDocTests
{
    private const string Doc = "docs/fhir.md";

    /// <summary>The docs' example course: one attended session with a PHQ-9 whose item 9 is positive, and the risk assessment done.</summary>
    internal static TreatmentCourse ExampleCourse()
    {
        var on = new DateOnly(2026, 1, 5);
        TreatmentCourse c = TreatmentCourse.Start(CourseId.From(new Guid("6f1c2b1e-3f4a-4d5b-9c6d-7e8f9a0b1c2d")), ClientRef.From("c-1042"), StandardIpt.Definition, on);
        _ = c.RecordSession(on, Attendance.Attended, SessionModality.Remote, PrivateNote.From("Never exported."));
        _ = c.CompleteTask(TherapyTask.Psychoeducation, on);
        _ = c.RecordMeasure("phq-9", [2, 2, 1, 1, 2, 1, 1, 0, 1], on, atLatestSession: true);
        _ = c.RecordSafetyAction(1, Courses.SafetyAction.RiskAssessment, on, PrivateNote.From("Never exported either."));
        return c;
    }

    internal static ProtocolDefinition ExampleProtocol() =>
        ProtocolDefinition.Create("ipt-10", "IPT, ten sessions")
            .Phase(PhaseKind.Initial, SessionRange.Of(1, 2), tasks: TaskSet.Of(TherapyTask.InterpersonalInventory, TherapyTask.FormulationAgreed))
            .Phase(PhaseKind.Middle, SessionRange.Of(3, 8))
            .Phase(PhaseKind.Termination, SessionRange.Of(9, 10), tasks: TaskSet.Of(TherapyTask.EndingRaised))
            .AllowEarly(TherapyTask.EndingRaised, PhaseKind.Middle)
            .TerminationNotice(2)
            .MeasurementSchedule(Measures.MeasurementSchedule.StandardIptWeeklyPhq9)
            .Source("phase ranges", "1–2 / 3–8 / 9–10", "example", EvidenceStatus.ProductDecision)
            .Build().Value;

    private static string Json(Resource r) => "```json\n" + FhirJson.Serialize(r, indented: true) + "\n```";

    [Fact]
    public void Resource_examples_are_current()
    {
        CourseResources r = ExampleCourse().ToFhirResources(FhirTestData.Settings);
        FhirDocBlocks.AssertCurrent(Doc, "fhir-questionnaire", Json(Measures.Gad7.Descriptor.ToQuestionnaire(FhirTestData.Settings)));
        FhirDocBlocks.AssertCurrent(Doc, "fhir-questionnaire-response", Json(r.QuestionnaireResponses[0]));
        FhirDocBlocks.AssertCurrent(Doc, "fhir-observation", Json(r.Observations[0]));
        FhirDocBlocks.AssertCurrent(Doc, "fhir-flag", Json(r.Flags[0]));
        FhirDocBlocks.AssertCurrent(Doc, "fhir-encounter", Json(r.Encounters[0]));
        FhirDocBlocks.AssertCurrent(Doc, "fhir-episode-of-care", Json(r.EpisodeOfCare));
        FhirDocBlocks.AssertCurrent(Doc, "fhir-care-plan", Json(r.CarePlan));
        FhirDocBlocks.AssertCurrent(Doc, "fhir-plan-definition", Json(ExampleProtocol().ToPlanDefinition(FhirTestData.Settings)));
    }

    [Fact]
    public void Doc_examples_validate()
    {
        foreach (Resource x in ExampleCourse().ToFhirResources(FhirTestData.Settings).All())
        {
            FhirValidation.AssertValid(x);
        }

        FhirValidation.AssertValid(ExampleProtocol().ToPlanDefinition(FhirTestData.Settings));
        Assert.Equal(ExampleProtocol().Id, ExampleProtocol().ToPlanDefinition(FhirTestData.Settings).ToProtocol().Value.Id);
    }

    [Fact]
    public void Bundle_table_is_current()
    {
        Bundle b = ExampleCourse().ToTransactionBundle(FhirTestData.Settings);
        var sb = new StringBuilder("| fullUrl | request |\n|---|---|\n");
        foreach (Bundle.EntryComponent e in b.Entry)
        {
            sb.Append("| `").Append(e.FullUrl).Append("` | `PUT ").Append(e.Request.Url).Append("` |\n");
        }

        FhirDocBlocks.AssertCurrent(Doc, "fhir-bundle", sb.ToString());
    }

    [Fact]
    public void Error_table_is_current()
    {
        var sb = new StringBuilder("| code |\n|---|\n");
        foreach (string code in FhirMappingErrors.AllCodes)
        {
            sb.Append("| `").Append(code).Append("` |\n");
        }

        FhirDocBlocks.AssertCurrent(Doc, "fhir-errors", sb.ToString());
    }

    [Fact]
    public void Instrument_table_is_current()
    {
        var sb = new StringBuilder("| instrument | Questionnaire URL | items | LOINC total score (from the core) |\n|---|---|---|---|\n");
        foreach (InstrumentInfo i in Instruments.All)
        {
            sb.Append("| `").Append(i.Descriptor.Code).Append("` | `").Append(FhirTestData.Settings.QuestionnaireUrl(i.Descriptor.Code))
                .Append("` | ").Append(i.Descriptor.ItemCount).Append(" | ")
                .Append(i.Descriptor.LoincTotalScoreCode is { } l ? "`" + l + "`" : "none (local code only)").Append(" |\n");
        }

        FhirDocBlocks.AssertCurrent(Doc, "fhir-instruments", sb.ToString());
    }
}

internal static class FhirDocBlocks
{
    public static void AssertCurrent(string relativeDocPath, string blockName, string expectedContent)
    {
        string path = Path.Combine(RepoRoot(), relativeDocPath);
        Assert.True(File.Exists(path), "Doc page not found: " + relativeDocPath);
        string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        string open = "<!-- generated:" + blockName + " -->";
        const string close = "<!-- /generated -->";
        int start = text.IndexOf(open, StringComparison.Ordinal);
        Assert.True(start >= 0, "Marker '" + open + "' not found in " + relativeDocPath);
        int contentStart = start + open.Length;
        int end = text.IndexOf(close, contentStart, StringComparison.Ordinal);
        Assert.True(end >= 0, "Closing marker for block '" + blockName + "' not found");
        string expected = "\n" + expectedContent.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
        string actual = text[contentStart..end];
        if (string.Equals(actual, expected, StringComparison.Ordinal))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("IPT_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..contentStart] + expected + text[end..]);
            return;
        }

        Assert.Fail("Generated block '" + blockName + "' in " + relativeDocPath + " is stale; run the tests with IPT_UPDATE_DOCS=1 to regenerate it.\nExpected:" + expected + "Actual:" + actual);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ipt.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
