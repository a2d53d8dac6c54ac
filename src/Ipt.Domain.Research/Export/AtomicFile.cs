using System;
using System.IO;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Research.Export;

/// <summary>A file written under a temporary name beside its destination and moved into place only by
/// <see cref="Commit"/>: a run that fails or is cancelled leaves no half-written file (disposing without committing
/// deletes the temporary file).</summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string _temp;
    private bool _done;

    /// <summary>Opens a temporary file beside <paramref name="path"/>.</summary>
    /// <param name="path">Destination.</param>
    public AtomicFile(string path)
    {
        Path = System.IO.Path.GetFullPath(Guard.Against.NullOrWhiteSpace(path));
        _temp = Path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        Stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
    }

    /// <summary>The destination.</summary>
    public string Path { get; }

    /// <summary>The stream to write.</summary>
    public FileStream Stream { get; }

    /// <summary>Flushes and moves the file into place, replacing any file of that name.</summary>
    public void Commit()
    {
        Stream.Flush(true);
        Stream.Dispose();
        File.Move(_temp, Path, overwrite: true);
        _done = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        Stream.Dispose();
        try
        {
            File.Delete(_temp);
        }
        catch (IOException)
        {
            // Best effort: the temporary file is named so it is never mistaken for a result.
        }

        _done = true;
    }
}
