using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Formulation;
using Ipt.Domain.Persistence;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;
using Ipt.Domain.Suitability;
using Microsoft.Extensions.DependencyInjection;

namespace Ipt.Domain.Tests.Docs;

/// <summary>Keeps docs/index.md, docs/getting-started.md and docs/dependency-injection.md current: the diagram and the
/// protocol table are generated from the code, and the examples are the source of the methods below, which run.</summary>
public class IndexDocTests
{
    private const string Index = "docs/index.md";

    [Fact]
    public void The_standard_ipt_diagram_is_current() =>
        DocsGeneratedBlocks.AssertCurrent(Index, "standard-ipt-diagram", "```mermaid\n" + PhaseDiagrams.ToMermaid(StandardIpt.Definition.Machine) + "```");

    [Fact]
    public void The_built_in_protocol_table_is_current()
    {
        var sb = new StringBuilder();
        sb.Append("| Id | Name | Family | Format | Sessions planned | Min | Max | Cap | Phases |\n");
        sb.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (ProtocolDefinition p in BuiltInProtocols.All)
        {
            string link = p.Id == StandardIpt.Id ? "`ipt`" : "[`" + p.Id + "`](adaptations/" + p.Id + ".md)";
            sb.Append("| ").Append(link).Append(" | ").Append(p.Name).Append(" | ").Append(Codes.Of(p.Family)).Append(" | ").Append(Codes.Of(p.Format))
              .Append(" | ").Append(N(p.Sessions.Planned)).Append(" | ").Append(N(p.Sessions.Minimum)).Append(" | ").Append(N(p.Sessions.Maximum))
              .Append(" | ").Append(N(p.Sessions.HardCap)).Append(" | ").Append(string.Join(" → ", p.Phases.Select(x => x.DisplayName))).Append(" |\n");
        }

        DocsGeneratedBlocks.AssertCurrent(Index, "protocols", sb.ToString());
    }

    [Fact]
    public void The_index_links_every_docs_page()
    {
        string index = File.ReadAllText(Path.Combine(DocsGeneratedBlocks.RepoRoot(), Index));
        string docs = Path.Combine(DocsGeneratedBlocks.RepoRoot(), "docs");
        string[] pages = [.. Directory.GetFiles(docs, "*.md").Select(Path.GetFileName).Where(f => f != "index.md")!];
        Assert.All(pages, page => Assert.Contains("](" + page + ")", index, StringComparison.Ordinal));
        Assert.Contains("](adaptations/index.md)", index, StringComparison.Ordinal);
        Assert.Contains("](decisions/)", index, StringComparison.Ordinal);
    }

    [Fact]
    public void The_quickstart_example_is_current_and_runs()
    {
        Assert.Equal(CourseStatus.Active, QuickstartExample().Status);
        DocsGeneratedBlocks.AssertCurrent(Index, "quickstart-example", ExampleSource("quickstart"));
    }

    [Fact]
    public void The_registration_example_is_current_and_runs()
    {
        (ProtocolDefinition ipt, IFidelityReviewer reviewer) = RegistrationExample();
        Assert.Equal("ipt", ipt.Id);
        Assert.NotNull(reviewer);
        DocsGeneratedBlocks.AssertCurrent(Index, "registration-example", ExampleSource("registration"));
        DocsGeneratedBlocks.AssertCurrent("docs/dependency-injection.md", "registration-example", ExampleSource("registration"));
        DocsGeneratedBlocks.AssertCurrent("docs/getting-started.md", "registration-example", ExampleSource("registration"));
    }

    [Fact]
    public void The_getting_started_walkthrough_is_current_and_runs()
    {
        TreatmentCourse course = WalkthroughExample();
        Assert.Equal(CourseStatus.Completed, course.Status);
        DocsGeneratedBlocks.AssertCurrent("docs/getting-started.md", "walkthrough", ExampleSource("walkthrough"));
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The lines between <c>// begin:NAME</c> and <c>// end:NAME</c> in this file, de-indented, as a C# block
    /// that starts with the using lines named by <c>// usings:NAME ns ns ...</c> (so the block compiles where it is
    /// pasted; <see cref="DocExampleCompileTests"/> compiles it and fails on a missing or an unneeded using).</summary>
    private static string ExampleSource(string name)
    {
        string[] lines = File.ReadAllLines(Path.Combine(DocsGeneratedBlocks.RepoRoot(), "tests/Ipt.Domain.Tests/Docs/IndexDocTests.cs"));
        int begin = Array.FindIndex(lines, l => l.Trim() == "// begin:" + name);
        int end = Array.FindIndex(lines, l => l.Trim() == "// end:" + name);
        Assert.True(begin >= 0 && end > begin, "example " + name + " not found");
        string usingsLine = Assert.Single(lines, l => l.Trim().StartsWith("// usings:" + name + " ", StringComparison.Ordinal)).Trim();
        string[] usings = usingsLine[("// usings:" + name + " ").Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] body = lines[(begin + 1)..end];
        int indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return "```csharp\n" + string.Concat(usings.Select(u => "using " + u + ";\n")) + "\n" +
            string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())) + "\n```";
    }

    private static TreatmentCourse QuickstartExample()
    {
        // usings:quickstart Ipt.Domain.Courses Ipt.Domain.Courses.Events Ipt.Domain.Phases Ipt.Domain.Primitives Ipt.Domain.Protocols Ipt.Domain.Serialization
        // begin:quickstart
        var start = new DateOnly(2026, 1, 5);
        TreatmentCourse course = TreatmentCourse.Start(CourseId.New(), ClientRef.From("c-1042"), StandardIpt.Definition, start);

        course.RecordSession(start, Attendance.Attended);                       // Result<SessionRecorded>
        course.CompleteTask(TherapyTask.SickRoleAssigned, start);

        TransitionDecision next = course.Can(CourseTrigger.BeginMiddlePhase);
        Console.WriteLine(next.Error?.Code);                                     // why not yet: a stable code

        Result<CourseEvent> moved = course.Fire(CourseTrigger.BeginMiddlePhase, start);
        if (!moved.TryPickT0(out _, out DomainError? why)) Console.WriteLine(why.Code);   // refused — and nothing changed

        foreach (DueNotice due in course.Due()) Console.WriteLine(due.Code);     // what the protocol says is due now

        string json = CourseHistoryJson.Serialize(course.History);               // store the events
        TreatmentCourse again = CourseHistoryJson.Deserialize(json)
            .Bind(events => TreatmentCourse.FromHistory(events, StandardIpt.Definition)).Value;
        // end:quickstart
        Assert.Equal(course.ToSnapshot(), again.ToSnapshot());
        Assert.False(moved.IsSuccess);
        return again;
    }

    private static (ProtocolDefinition Ipt, IFidelityReviewer Reviewer) RegistrationExample()
    {
        // usings:registration Ipt.Domain.Fidelity Ipt.Domain.Protocols Ipt.Domain.Suitability Microsoft.Extensions.DependencyInjection
        // begin:registration
        ProtocolDefinition iptUk = StandardIpt.Create(new StandardIptSettings { Id = "ipt-uk", InitialSessions = 4 }).Value;

        var services = new ServiceCollection();
        services.AddIptDomain(options =>
        {
            options.AddProtocol(iptUk);                                          // a taken id throws here, at start-up
            options.FidelitySettings = new FidelityReviewerSettings { CadenceTolerance = 0.5 };
        });

        using ServiceProvider provider = services.BuildServiceProvider();
        IProtocolCatalog catalog = provider.GetRequiredService<IProtocolCatalog>();     // built-ins + ipt-uk
        ProtocolDefinition ipt = catalog.Get("ipt").Value;
        ISuitabilityScreener screener = provider.GetRequiredService<ISuitabilityScreener>();
        IFidelityReviewer reviewer = provider.GetRequiredService<IFidelityReviewer>();
        // end:registration
        Assert.True(catalog.TryGet("ipt-uk", out _));
        Assert.NotNull(screener);
        return (ipt, reviewer);
    }

    private static TreatmentCourse WalkthroughExample()
    {
        // usings:walkthrough Ipt.Domain.Courses Ipt.Domain.Courses.Events Ipt.Domain.Formulation Ipt.Domain.Persistence Ipt.Domain.Phases Ipt.Domain.Primitives Ipt.Domain.ProblemAreas Ipt.Domain.Protocols Ipt.Domain.Serialization
        // begin:walkthrough
        // 1. Start a course on a protocol: standard IPT, 16 weekly sessions in three phases.
        var start = new DateOnly(2026, 1, 5);
        DateOnly Week(int n) => start.AddDays(7 * n);
        TreatmentCourse course = TreatmentCourse.Start(CourseId.New(), ClientRef.From("c-1042"), StandardIpt.Definition, start);

        // 2. Initial phase: record sessions and the tasks done in them. Every command returns a Result.
        for (int week = 0; week < 3; week++)
        {
            course.RecordSession(Week(week), Attendance.Attended);
        }

        course.CompleteTask(TherapyTask.BaselineSeverity, Week(2));
        course.CompleteTask(TherapyTask.Psychoeducation, Week(2));
        course.CompleteTask(TherapyTask.SickRoleAssigned, Week(2));

        // 3. The interpersonal inventory and the agreed formulation (one focus: a role dispute with the partner).
        var partner = PersonId.From(1);
        var inventory = new InterpersonalInventory(
            symptomOnset: start.AddDays(-56),
            [new InventoryPerson { Id = partner, Label = PersonLabel.From("partner"), Kind = RelationshipKind.Partner, Ring = ClosenessRing.From(1) }],
            [new LifeEvent(LifeEventKind.Dispute, start.AddDays(-70)) { Person = partner }]);
        course.CompleteInventory(inventory, Week(2));
        course.AgreeFormulation(InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode,
            new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Renegotiation) { OtherPartyPerson = partner }), Week(2));
        course.CompleteTask(TherapyTask.TreatmentContract, Week(2));

        // 4. Phase moves are explicit; Can() says why not, Fire() moves or changes nothing.
        Result<CourseEvent> middle = course.Fire(CourseTrigger.BeginMiddlePhase, Week(2));
        middle.Switch(                                                       // a Result is also a OneOf<T, DomainError>
            moved => Console.WriteLine("middle phase from " + moved.OccurredOn),
            error => Console.WriteLine(error.Code + ": " + error.Message));

        // 5. Middle phase, then the notices: after session 13 "due.raise-ending" says the ending should be raised.
        for (int week = 3; week < 13; week++)
        {
            course.RecordSession(Week(week), Attendance.Attended);
        }

        IReadOnlyList<DueNotice> due = course.Due();                         // e.g. due.raise-ending, due.measure
        course.CompleteTask(TherapyTask.EndingRaised, Week(12));
        course.Fire(CourseTrigger.BeginTerminationPhase, Week(12));

        // 6. Termination phase and completion.
        for (int week = 13; week < 16; week++)
        {
            course.RecordSession(Week(week), Attendance.Attended);
        }

        foreach (TherapyTask task in new[] { TherapyTask.FeelingsAboutEnding, TherapyTask.ProgressReviewed, TherapyTask.RelapseWarningSigns, TherapyTask.FuturePlan })
        {
            course.CompleteTask(task, Week(15));
        }

        course.DecideContinuation(ContinuationDecision.NoFurtherTreatment, Week(15));
        Result<CourseCompleted> completed = course.Complete(Week(15));

        // 7. Persistence: store the events the course gained since it was loaded, if nobody saved in between.
        int loadedVersion = 0;                                               // a new course
        int storedVersion = 0;                                               // what the store holds now
        Result<Unit> check = ConcurrencyCheck.Verify(storedVersion, loadedVersion);          // persistence.version-conflict if not
        IReadOnlyList<CourseEvent> toAppend = ConcurrencyCheck.PendingEvents(course, loadedVersion).Value;
        string json = CourseHistoryJson.Serialize(toAppend);
        TreatmentCourse reloaded = CourseHistoryJson.Deserialize(json)
            .Bind(events => TreatmentCourse.FromHistory(events, StandardIpt.Definition)).Value;
        // end:walkthrough
        Assert.True(middle.IsSuccess);
        Assert.Contains(due, d => d.Code == DueCodes.RaiseEnding);
        Assert.True(completed.IsSuccess, completed.ToString());
        Assert.True(check.IsSuccess);
        Assert.Equal(course.ToSnapshot(), reloaded.ToSnapshot());
        return reloaded;
    }
}
