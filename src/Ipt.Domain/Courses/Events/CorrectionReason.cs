
namespace Ipt.Domain.Courses.Events;

/// <summary>Why an entry was corrected. Stored code in brackets.</summary>
public enum CorrectionReason
{
    /// <summary>A value was typed or transcribed wrongly (<c>transcription-error</c>).</summary>
    TranscriptionError = 0,

    /// <summary>The entry belongs to another client's course (<c>wrong-course</c>).</summary>
    WrongCourse = 1,

    /// <summary>The entry was given the wrong date (<c>wrong-date</c>).</summary>
    WrongDate = 2,

    /// <summary>The same thing was entered twice (<c>duplicate-entry</c>).</summary>
    DuplicateEntry = 3,

    /// <summary>Later information changed what was recorded (<c>information-updated</c>).</summary>
    InformationUpdated = 4,

    /// <summary>Another reason (<c>other</c>).</summary>
    Other = 5,
}
