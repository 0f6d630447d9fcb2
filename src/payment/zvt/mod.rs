//! ZVT (under construction)
