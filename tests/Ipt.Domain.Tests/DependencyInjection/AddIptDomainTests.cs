using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.DependencyInjection;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Phases;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Simulation;
using Ipt.Domain.Suitability;
using Ipt.Domain.Tests.Courses;
using Ipt.Domain.Tests.Fidelity;
using Ipt.Domain.Tests.Generators;
using Microsoft.Extensions.DependencyInjection;

namespace Ipt.Domain.Tests.DependencyInjection;

/// <summary><c>AddIptDomain</c> against the real Microsoft.Extensions.DependencyInjection container.</summary>
public class AddIptDomain_Registration
{
    private static ServiceProvider Build(Action<IptDomainOptions>? configure = null, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        before?.Invoke(services);
        services.AddIptDomain(configure);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void Every_service_resolves_by_its_interface()
    {
        using ServiceProvider provider = Build();
        Assert.IsType<ProtocolCatalog>(provider.GetRequiredService<IProtocolCatalog>());
        Assert.IsType<SuitabilityScreener>(provider.GetRequiredService<ISuitabilityScreener>());
        Assert.IsType<FidelityReviewer>(provider.GetRequiredService<IFidelityReviewer>());
        Assert.Same(CohortSimulator.Default, provider.GetRequiredService<ICohortSimulator>());
        Assert.Equal(ProblemAreaStrategies.All, provider.GetServices<IProblemAreaStrategy>());
    }

    [Fact]
    public void Every_service_is_a_singleton()
    {
        var services = new ServiceCollection().AddIptDomain();
        foreach (Type type in new[] { typeof(IProtocolCatalog), typeof(ISuitabilityScreener), typeof(IFidelityReviewer), typeof(ICohortSimulator), typeof(IProblemAreaStrategy) })
        {
            Assert.All(services.Where(d => d.ServiceType == type), d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
        }

        using ServiceProvider provider = services.BuildServiceProvider();
        using IServiceScope scope = provider.CreateScope();
        Assert.Same(provider.GetRequiredService<IProtocolCatalog>(), scope.ServiceProvider.GetRequiredService<IProtocolCatalog>());
        Assert.Same(provider.GetRequiredService<ISuitabilityScreener>(), scope.ServiceProvider.GetRequiredService<ISuitabilityScreener>());
        Assert.Same(provider.GetRequiredService<IFidelityReviewer>(), scope.ServiceProvider.GetRequiredService<IFidelityReviewer>());
        Assert.Same(provider.GetRequiredService<ICohortSimulator>(), scope.ServiceProvider.GetRequiredService<ICohortSimulator>());
        Assert.Equal(provider.GetServices<IProblemAreaStrategy>(), scope.ServiceProvider.GetServices<IProblemAreaStrategy>(), ReferenceEqualityComparer.Instance);
    }

    [Fact]
    public void The_default_catalogue_is_the_built_in_one()
    {
        using ServiceProvider provider = Build();
        Assert.Equal(BuiltInProtocols.All, provider.GetRequiredService<IProtocolCatalog>().All);
    }

    [Fact]
    public void The_resolved_simulator_runs_a_caller_protocol_from_the_catalogue()
    {
        using ServiceProvider provider = Build(o => o.AddProtocol(TestProtocols.IptUk));
        ProtocolDefinition iptUk = provider.GetRequiredService<IProtocolCatalog>().Get("ipt-uk").Value;
        ICohortSimulator simulator = provider.GetRequiredService<ICohortSimulator>();

        CohortSummary summary = simulator.Run(new SimulationSettings { Protocol = iptUk, CohortSize = 50, Seed = 7 }).Summary;

        Assert.Equal("ipt-uk", summary.ProtocolId);
        Assert.Equal(50, summary.CohortSize);
        Assert.True(summary.Completed > 0, summary.Describe());
    }

    [Fact]
    public void Caller_protocols_follow_the_built_ins()
    {
        using ServiceProvider provider = Build(o => o.AddProtocol(TestProtocols.IptUk).AddProtocol(TestProtocols.WithEngagement));
        IProtocolCatalog catalog = provider.GetRequiredService<IProtocolCatalog>();
        Assert.Equal([.. BuiltInProtocols.All, TestProtocols.IptUk, TestProtocols.WithEngagement], catalog.All);
        Assert.Same(TestProtocols.IptUk, catalog.Get("ipt-uk").Value);
        Assert.Same(StandardIpt.Definition, catalog.Get("ipt").Value);
    }

    [Fact]
    public void Without_built_ins_the_catalogue_holds_only_the_caller_protocols()
    {
        using ServiceProvider provider = Build(o =>
        {
            o.IncludeBuiltInProtocols = false;
            o.AddProtocol(TestProtocols.IptUk);
        });
        IProtocolCatalog catalog = provider.GetRequiredService<IProtocolCatalog>();
        Assert.Equal([TestProtocols.IptUk], catalog.All);
        Assert.Equal(ProtocolCatalogErrors.UnknownProtocol, catalog.Get("ipt").Error!.Code);
    }

    [Fact]
    public void A_caller_protocol_with_a_built_in_id_is_rejected_at_registration()
    {
        ProtocolDefinition clash = StandardIpt.Create(new StandardIptSettings { Id = "ipt" }).Value;
        var services = new ServiceCollection();
        ArgumentException ex = Assert.Throws<ArgumentException>(() => services.AddIptDomain(o => o.AddProtocol(clash)));
        Assert.Equal("configure", ex.ParamName);
        Assert.Contains(ProtocolCatalogErrors.DuplicateId, ex.Message, StringComparison.Ordinal);
        Assert.Contains("'ipt'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void Two_caller_protocols_with_one_id_are_rejected_even_without_built_ins()
    {
        var services = new ServiceCollection();
        ArgumentException ex = Assert.Throws<ArgumentException>(() => services.AddIptDomain(o =>
        {
            o.IncludeBuiltInProtocols = false;
            o.AddProtocol(TestProtocols.IptUk).AddProtocol(TestProtocols.IptUk);
        }));
        Assert.Contains("'ipt-uk'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_reject_null()
    {
        var options = new IptDomainOptions();
        Assert.Throws<ArgumentNullException>(() => options.AddProtocol(null!));
        Assert.Throws<ArgumentNullException>(() => options.FidelitySettings = null!);
        Assert.Throws<ArgumentNullException>(() => IptDomainServiceCollectionExtensions.AddIptDomain(null!));
    }

    [Fact]
    public void The_fidelity_reviewer_uses_the_configured_settings()
    {
        var settings = new FidelityReviewerSettings { CadenceTolerance = 0.25 };
        using ServiceProvider provider = Build(o => o.FidelitySettings = settings);
        Assert.Same(settings, Assert.IsType<FidelityReviewer>(provider.GetRequiredService<IFidelityReviewer>()).Settings);
    }

    [Fact]
    public void The_default_fidelity_settings_are_the_library_defaults()
    {
        using ServiceProvider provider = Build();
        Assert.Same(FidelityReviewerSettings.Default, Assert.IsType<FidelityReviewer>(provider.GetRequiredService<IFidelityReviewer>()).Settings);
    }

    [Fact]
    public void Services_registered_before_are_kept()
    {
        var catalog = ProtocolCatalog.Create([TestProtocols.IptUk]).Value;
        var screener = new StubScreener();
        var reviewer = new FidelityReviewer(new FidelityReviewerSettings { SafetyActionMaxDays = 2 });
        using ServiceProvider provider = Build(before: s => s
            .AddSingleton<IProtocolCatalog>(catalog)
            .AddSingleton<ISuitabilityScreener>(screener)
            .AddSingleton<IFidelityReviewer>(reviewer));
        Assert.Same(catalog, provider.GetRequiredService<IProtocolCatalog>());
        Assert.Same(screener, provider.GetRequiredService<ISuitabilityScreener>());
        Assert.Same(reviewer, provider.GetRequiredService<IFidelityReviewer>());
    }

    [Fact]
    public void A_strategy_registered_before_is_kept_and_the_others_are_added()
    {
        IProblemAreaStrategy grief = ProblemAreaStrategies.For(ProblemArea.Grief);
        using ServiceProvider provider = Build(before: s => s.AddSingleton(grief));
        IProblemAreaStrategy[] all = [.. provider.GetServices<IProblemAreaStrategy>()];
        Assert.Equal(ProblemAreaStrategies.All.Count, all.Length);
        Assert.Equal(ProblemAreaStrategies.All.Select(s => s.Area).Order(), all.Select(s => s.Area).Order());
    }

    [Fact]
    public void Strategies_cover_every_area_once()
    {
        using ServiceProvider provider = Build();
        IProblemAreaStrategy[] all = [.. provider.GetServices<IProblemAreaStrategy>()];
        Assert.Equal(Enum.GetValues<ProblemArea>().Order(), all.Select(s => s.Area).Order());
        Assert.Same(ProblemAreaStrategies.For(ProblemArea.RoleDispute), all.Single(s => s.Area == ProblemArea.RoleDispute));
    }

    [Fact]
    public void A_second_call_without_options_changes_nothing()
    {
        var services = new ServiceCollection();
        services.AddIptDomain(o => o.AddProtocol(TestProtocols.IptUk));
        int count = services.Count;
        services.AddIptDomain();
        Assert.Equal(count, services.Count);
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.True(provider.GetRequiredService<IProtocolCatalog>().TryGet("ipt-uk", out _));
    }

    [Fact]
    public void A_second_call_with_options_throws()
    {
        var services = new ServiceCollection().AddIptDomain();
        Assert.Throws<InvalidOperationException>(() => services.AddIptDomain(o => o.AddProtocol(TestProtocols.IptUk)));
    }

    [Fact]
    public void Options_are_read_once_at_registration()
    {
        IptDomainOptions? captured = null;
        var services = new ServiceCollection().AddIptDomain(o => captured = o);
        captured!.AddProtocol(TestProtocols.IptUk);
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.False(provider.GetRequiredService<IProtocolCatalog>().TryGet("ipt-uk", out _));
    }

    private sealed class StubScreener : ISuitabilityScreener
    {
        public ScreeningResult Screen(SuitabilityInput input) => throw new NotSupportedException();

        public ScreeningResult ScreenFor(SuitabilityInput input, string protocolId) => throw new NotSupportedException();
    }
}

/// <summary>The registered services shared by many threads at once.</summary>
public class AddIptDomain_Concurrency
{
    [Fact]
    public void Concurrent_resolution_gives_one_instance_per_service()
    {
        using ServiceProvider provider = new ServiceCollection().AddIptDomain().BuildServiceProvider();
        var catalogs = new ConcurrentBag<IProtocolCatalog>();
        var reviewers = new ConcurrentBag<IFidelityReviewer>();
        var screeners = new ConcurrentBag<ISuitabilityScreener>();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            catalogs.Add(provider.GetRequiredService<IProtocolCatalog>());
            reviewers.Add(provider.GetRequiredService<IFidelityReviewer>());
            screeners.Add(provider.GetRequiredService<ISuitabilityScreener>());
        });
        Assert.Single(catalogs.Distinct(ReferenceEqualityComparer.Instance));
        Assert.Single(reviewers.Distinct(ReferenceEqualityComparer.Instance));
        Assert.Single(screeners.Distinct(ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public void Screening_reviewing_and_catalogue_lookups_from_many_threads_agree_with_one_thread()
    {
        using ServiceProvider provider = new ServiceCollection().AddIptDomain(o => o.AddProtocol(TestProtocols.IptUk)).BuildServiceProvider();
        ISuitabilityScreener screener = provider.GetRequiredService<ISuitabilityScreener>();
        IFidelityReviewer reviewer = provider.GetRequiredService<IFidelityReviewer>();
        IProtocolCatalog catalog = provider.GetRequiredService<IProtocolCatalog>();
        TreatmentCourse[] courses = [FidelityScenarios.Conforming(), CourseFixture.InMiddlePhase(), CourseFixture.InTermination()];
        SuitabilityInput[] inputs =
        [
            new() { Conditions = PresentingConditions.MajorDepression, AgeYears = 35 },
            new() { Conditions = PresentingConditions.MajorDepression, AgeYears = 15 },
            new() { Conditions = PresentingConditions.BipolarI, AgeYears = 40, OnMoodStabilisingMedication = true },
        ];
        FidelityReport[] expectedReports = [.. courses.Select(reviewer.Review)];
        ScreeningResult[] expectedScreens = [.. inputs.Select(screener.Screen)];
        string[] ids = [.. catalog.All.Select(p => p.Id)];

        var failures = new ConcurrentBag<string>();
        Parallel.For(0, 600, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int k = i % 3;
            FidelityReport report = reviewer.Review(courses[k]);
            if (report.Score != expectedReports[k].Score || !report.Findings.SequenceEqual(expectedReports[k].Findings))
            {
                failures.Add("review " + k);
            }

            ScreeningResult screen = screener.Screen(inputs[k]);
            if (screen.Outcome != expectedScreens[k].Outcome || screen.RecommendedProtocolId != expectedScreens[k].RecommendedProtocolId ||
                !screen.Reasons.SequenceEqual(expectedScreens[k].Reasons))
            {
                failures.Add("screen " + k);
            }

            string id = ids[i % ids.Length];
            if (catalog.Get(id).Value.Id != id)
            {
                failures.Add("catalogue " + id);
            }
        });
        Assert.Empty(failures);
    }
}

/// <summary>A course run end to end on services resolved from the container.</summary>
public class AddIptDomain_Course
{
    [Fact]
    public void A_course_started_from_a_catalogue_protocol_runs_to_completion_and_reviews_clean()
    {
        using ServiceProvider provider = new ServiceCollection().AddIptDomain().BuildServiceProvider();
        ISuitabilityScreener screener = provider.GetRequiredService<ISuitabilityScreener>();
        ScreeningResult screening = screener.Screen(new SuitabilityInput { Conditions = PresentingConditions.MajorDepression, AgeYears = 35 });
        ProtocolDefinition protocol = provider.GetRequiredService<IProtocolCatalog>().Get(screening.RecommendedProtocolId).Value;

        TreatmentCourse course = CourseFixture.NewCourse(protocol).MeasuredSessions(3).InitialTasks().Fire(CourseTrigger.BeginMiddlePhase)
            .MeasuredSessions(10).Tasks(TherapyTask.EndingRaised).Fire(CourseTrigger.BeginTerminationPhase)
            .MeasuredSessions(3).TerminationTasks();
        Assert.True(course.Complete(course.LastActivityOn).IsSuccess);
        Assert.Equal(CourseStatus.Completed, course.Status);

        FidelityReport report = provider.GetRequiredService<IFidelityReviewer>().Review(course);
        Assert.False(report.HasErrors);
        Assert.Equal(new FidelityReviewer().Review(course).Score, report.Score);

        IProblemAreaStrategy focus = provider.GetServices<IProblemAreaStrategy>().Single(s => s.Area == ProblemArea.RoleDispute);
        Assert.NotEmpty(focus.Goals);
        Assert.Equal(course.ToSnapshot(), BuiltInProtocols.Replay(provider.GetRequiredService<IProtocolCatalog>(), course.History).Value.ToSnapshot());
    }

    [Fact]
    public void A_course_on_a_caller_protocol_replays_through_the_registered_catalogue()
    {
        using ServiceProvider provider = new ServiceCollection().AddIptDomain(o => o.AddProtocol(TestProtocols.IptUk)).BuildServiceProvider();
        IProtocolCatalog catalog = provider.GetRequiredService<IProtocolCatalog>();
        TreatmentCourse course = CourseFixture.NewCourse(catalog.Get("ipt-uk").Value).Sessions(4);
        Assert.Equal(course.ToSnapshot(), BuiltInProtocols.Replay(catalog, course.History).Value.ToSnapshot());
    }
}
