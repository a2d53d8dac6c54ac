using System.Linq;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Phases;
using Ipt.Domain.Tests.Generators;

namespace Ipt.Domain.Tests.Adaptations;

/// <summary>The variant properties only mean something if generated courses finish on every variant.</summary>
public class VariantGeneratorCoverageTests
{
    [Fact]
    public void Generated_scripts_complete_a_course_on_every_built_in_protocol()
    {
        // Scripts are sampled without a fixed seed, so a protocol whose courses rarely complete (IPT-B's short course)
        // is given up to five batches of 300 before the generator is judged unable to reach the state.
        for (int i = 0; i < BuiltInProtocols.All.Count; i++)
        {
            string id = BuiltInProtocols.All[i].Id;
            bool singlePhase = BuiltInProtocols.All[i].Phases.Length == 1;
            bool completes = false;
            bool leavesFirstPhase = singlePhase;
            for (int batch = 0; batch < 5 && !(completes && leavesFirstPhase); batch++)
            {
                var states = VariantGenerators.ScriptsFor(i).Sample(300, 60).Select(s => s.Run().State).ToList();
                completes |= states.Any(s => s.Status == CourseStatus.Completed);
                leavesFirstPhase |= states.Any(s => s.Status == CourseStatus.Active && s.Phase != BuiltInProtocols.All[i].Phases[0].Kind);
            }

            Assert.True(completes, id + " never completes");
            Assert.True(leavesFirstPhase, id + " never leaves its first phase");
        }
    }

    [Fact]
    public void Generated_scripts_cover_every_protocol_and_hit_the_adaptation_rules()
    {
        var scripts = VariantGenerators.Scripts.Generator.Sample(500, 60);
        Assert.Equal(BuiltInProtocols.All.Count, scripts.Select(s => s.ProtocolIndex).Distinct().Count());
        var codes = scripts.SelectMany(s =>
        {
            var seen = new System.Collections.Generic.List<string>();
            s.Run((_, _, accepted, error) =>
            {
                if (!accepted && error is not null)
                {
                    seen.Add(error.Code);
                }
            });
            return seen;
        }).ToHashSet();
        Assert.Contains(scripts, s => s.Run().Status == CourseStatus.Discontinued);
        Assert.Contains(AdaptationErrors.ConjointPartnerAbsent, codes);
        Assert.Contains(AdaptationErrors.PerinatalPartnerAbsent, codes);
        Assert.Contains(AdaptationErrors.ParentSessionNotAtNamedPoint, codes);
    }
}
