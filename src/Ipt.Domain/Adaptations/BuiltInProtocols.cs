using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// The library's built-in protocols — standard IPT, every IPT adaptation and the related DIT and MIT — with their
/// default settings, as an immutable <see cref="ProtocolCatalog"/>. Register a clinic's own variants with
/// <see cref="CatalogWith"/>; replay a stored course on the protocol it names with <see cref="Replay"/>.
/// </summary>
public static class BuiltInProtocols
{
    /// <summary>Every built-in definition, standard IPT first.</summary>
    public static IReadOnlyList<ProtocolDefinition> All { get; } =
    [
        StandardIpt.Definition,
        BriefIpt.Definition,
        MaintenanceIpt.Definition,
        InterpersonalCounseling.Definition,
        AdolescentIpt.Definition,
        WhoGroupIpt.Definition,
        ConjointIpt.Definition,
        PerinatalIpt.Definition,
        PerinatalIpt.PartnerAssistedDefinition,
        IptForPtsd.Definition,
        Ipsrt.Definition,
        DynamicInterpersonalTherapy.Definition,
        MetacognitiveInterpersonalTherapy.Definition,
        MetacognitiveInterpersonalTherapy.GroupDefinition,
    ];

    /// <summary>The built-in catalogue.</summary>
    public static ProtocolCatalog Catalog { get; } = ProtocolCatalog.Create(All).Value;

    /// <summary>The built-in catalogue plus the caller's own protocols.</summary>
    /// <param name="extra">Protocols to register; their ids must not be built-in ids.</param>
    /// <returns>The catalogue, or <see cref="ProtocolCatalogErrors.DuplicateId"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extra"/> or one of its items is null.</exception>
    public static Result<ProtocolCatalog> CatalogWith(params ProtocolDefinition[] extra) => Catalog.With(extra);

    /// <summary>Rebuilds a course from its history on the protocol its <see cref="CourseStarted"/> event names.</summary>
    /// <param name="catalog">Where to look the protocol up.</param>
    /// <param name="history">Events, oldest first.</param>
    /// <returns>The course; <see cref="ProtocolCatalogErrors.UnknownProtocol"/> when the protocol is not registered;
    /// otherwise the replay's own errors.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<TreatmentCourse> Replay(IProtocolCatalog catalog, IReadOnlyList<CourseEvent> history)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(history);
        if (history.Count == 0 || history[0] is not CourseStarted started)
        {
            return TreatmentCourse.FromHistory(history, StandardIpt.Definition);
        }

        return catalog.Get(started.ProtocolId).Bind(p => TreatmentCourse.FromHistory(history, p));
    }
}
