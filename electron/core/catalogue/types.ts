/** The catalogue's record types live in shared/ so the renderer and the contract use the same ones. */
export * from '../../shared/catalogue';
