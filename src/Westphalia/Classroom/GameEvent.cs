using System.Text.Json.Serialization;

namespace Westphalia.Classroom;

/// <summary>
/// One entry of a game's append-only log. The log alone rebuilds the game (<see cref="Game.Replay"/>): the scenario and
/// seed, every team's orders, drafts and Council votes, every change of policy, and the state hash after each resolved turn to check against.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(GameCreated), "game_created")]
[JsonDerivedType(typeof(OrdersSubmitted), "orders_submitted")]
[JsonDerivedType(typeof(PolicyChanged), "policy_changed")]
[JsonDerivedType(typeof(TurnResolved), "turn_resolved")]
[JsonDerivedType(typeof(DraftProposed), "draft_proposed")]
[JsonDerivedType(typeof(CouncilVoteCast), "council_vote_cast")]
public abstract record GameEvent;
