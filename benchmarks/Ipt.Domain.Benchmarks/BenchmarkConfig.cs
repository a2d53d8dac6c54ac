using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Ipt.Domain.Benchmarks;

/// <summary>
/// The benchmark configuration. Without <c>--quick</c>: BenchmarkDotNet's default config, so the default job
/// (out-of-process, full pilot and workload) unless the command line names a job (e.g. <c>--job dry --inProcess</c>).
/// With <c>--quick</c>: <c>Job.ShortRun</c> in-process (3 warm-up and 3 workload iterations, no child build).
/// </summary>
public static class BenchmarkConfig
{
    /// <summary>The argument that selects the quick in-process job; removed before the rest reaches BenchmarkDotNet.</summary>
    public const string QuickArgument = "--quick";

    /// <summary>Builds the configuration.</summary>
    /// <param name="quick">True for the quick in-process ShortRun job.</param>
    public static IConfig Create(bool quick)
    {
        if (!quick)
        {
            return DefaultConfig.Instance;
        }

        return DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
    }
}
