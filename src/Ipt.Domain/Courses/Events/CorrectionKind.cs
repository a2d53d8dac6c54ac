
namespace Ipt.Domain.Courses.Events;

/// <summary>How an entry was corrected. Stored code in brackets.</summary>
public enum CorrectionKind
{
    /// <summary>The entry should never have been made (<c>entered-in-error</c>): the corrected record leaves it out.</summary>
    EnteredInError = 0,

    /// <summary>The entry is replaced by an amendment of the same kind (<c>amended</c>).</summary>
    Amended = 1,
}
