using System;
using System.IO;
using Spectre.Console;

namespace Ipt.Domain.Cli;

/// <summary>Where a run of <c>ipt</c> writes and reads: standard output and error, the console that draws tables on
/// the output, whether a progress bar may be drawn on the error stream, and the directory relative paths are read
/// from. <see cref="System"/> is the process's console; <see cref="Plain"/> writes plain text to two writers, so the
/// whole tool runs in process (the integration tests run it so).</summary>
internal sealed class Terminal
{
    private Terminal(TextWriter output, TextWriter error, IAnsiConsole tables, bool showsProgress, string directory)
    {
        Out = output;
        Error = error;
        Tables = tables;
        ShowsProgress = showsProgress;
        Directory = directory;
    }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Draws tables and markup on <see cref="Out"/>.</summary>
    public IAnsiConsole Tables { get; }

    /// <summary>True when a progress bar may be drawn on <see cref="Error"/> (an interactive terminal).</summary>
    public bool ShowsProgress { get; }

    /// <summary>The directory relative paths are read from.</summary>
    public string Directory { get; }

    /// <summary>The process's console and working directory.</summary>
    public static Terminal System()
    {
        if (Console.IsOutputRedirected)
        {
            // Files and pipes get full-width tables, not 80 columns.
            AnsiConsole.Profile.Width = 160;
        }

        return new(Console.Out, Console.Error, AnsiConsole.Console, !Console.IsErrorRedirected, Environment.CurrentDirectory);
    }

    /// <summary>Plain text on two writers (no colour, no progress bar, tables 160 columns wide), relative paths read
    /// from <paramref name="directory"/>.</summary>
    public static Terminal Plain(TextWriter output, TextWriter error, string directory)
    {
        IAnsiConsole tables = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        tables.Profile.Width = 160;
        return new(output, error, tables, false, directory);
    }

    /// <summary>The full path of <paramref name="path"/>, relative to <see cref="Directory"/>.</summary>
    public string Full(string path) => Path.GetFullPath(path, Directory);
}
