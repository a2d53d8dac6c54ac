using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Hl7.Fhir.Model;
using Ipt.Domain.Courses;
using Ipt.Domain.Fhir;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Benchmarks;

/// <summary>FHIR R4 export (Ipt.Domain.Fhir): a completed 16-session standard-IPT course (simulated, seed 7, every session
/// attended; the simulator's default measures: PHQ-9 and GAD-7 at sessions 1, 5, 9, 13 and 16, 10 administrations) as a 38-entry transaction Bundle, its JSON, a protocol as a PlanDefinition, and one QuestionnaireResponse read back.</summary>
[MemoryDiagnoser]
public class FhirBenchmarks
{
    private static readonly FhirMappingSettings Settings = FhirMappingSettings.At(new DateTimeOffset(2026, 5, 1, 9, 30, 0, TimeSpan.Zero));
    private TreatmentCourse _course = null!;
    private Bundle _bundle = null!;
    private string _responseJson = null!;

    /// <summary>Simulates the course (seeded) and checks the shape of what is measured.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _course = CohortSimulator.Default.Run(new SimulationSettings
        {
            Protocol = StandardIpt.Definition,
            CohortSize = 8,
            Seed = 7,
            AttendanceProbability = 1,
            NoShowProbability = 0,
            DropoutPerSession = 0,
            KeepCourses = true,
            ReviewFidelity = false,
            MaxDegreeOfParallelism = 1,
        }).Courses.Select(c => c.Course).First(c => c.Status == CourseStatus.Completed && c.Sessions.Count == 16);
        _bundle = _course.ToTransactionBundle(Settings);
        int encounters = _bundle.Entry.Count(e => e.Resource is Encounter);
        int responses = _bundle.Entry.Count(e => e.Resource is QuestionnaireResponse);
        if (encounters != 16 || responses != 10 || _bundle.Entry.Count != 2 + 16 + 2 * 10)
        {
            throw new InvalidOperationException("Expected 16 encounters and 10 measures (PHQ-9 and GAD-7 at sessions 1, 5, 9, 13, 16); got " + _bundle.Entry.Count + " entries.");
        }

        _responseJson = FhirJson.Serialize(_bundle.Entry.Select(e => e.Resource).OfType<QuestionnaireResponse>().First());
        if (QuestionnaireResponseReader.ReadMeasure(_responseJson).IsFailure)
        {
            throw new InvalidOperationException("The response does not read back.");
        }
    }

    /// <summary>The course as a transaction Bundle (objects only).</summary>
    [Benchmark]
    public Bundle CourseToBundle16() => _course.ToTransactionBundle(Settings);

    /// <summary>The prebuilt Bundle to FHIR JSON.</summary>
    [Benchmark]
    public string BundleToJson16() => FhirJson.Serialize(_bundle);

    /// <summary>Both: what an integrator pays to post a course.</summary>
    [Benchmark]
    public string CourseToBundleJson16() => FhirJson.Serialize(_course.ToTransactionBundle(Settings));

    /// <summary>Standard IPT as a PlanDefinition.</summary>
    [Benchmark]
    public PlanDefinition ProtocolToPlanDefinition() => StandardIpt.Definition.ToPlanDefinition(Settings);

    /// <summary>A PHQ-9 QuestionnaireResponse from JSON to the answers for the measure command.</summary>
    [Benchmark]
    public Result<MeasureAnswers> ReadQuestionnaireResponse() => QuestionnaireResponseReader.ReadMeasure(_responseJson);
}
