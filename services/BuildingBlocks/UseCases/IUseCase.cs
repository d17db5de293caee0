namespace Corridor.BuildingBlocks.UseCases;

/// <summary>
/// The input of one use case (a command or a query) answering <typeparamref name="TResult"/>. REST endpoints and gRPC
/// methods translate their request into it and run it through <see cref="UseCaseRunner"/>, so validation,
/// authorization and the decision itself live in one place for both.
/// </summary>
public interface IUseCase<TResult>;
